package org.redress.remedies;

import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.redress.contracts.Topics;
import org.redress.remedies.remedycases.RemedyCaseRequests;
import org.redress.testkit.BrokerOutageScenario;
import org.redress.testkit.RedressTestResources;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * With the broker stopped, remedy cases are still opened (their events wait in the outbox) and readiness reports the
 * broker missing; once it is back every event arrives exactly once, in outbox order for each
 * aggregate. Without the outbox the writes would fail or their events would be lost.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class BrokerOutageIT {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void eventsWrittenWhileTheBrokerIsDownArriveInOrderOnceItIsBack() {
        // each case opens with one action: case-opened and action-created
        BrokerOutageScenario.run(dataSource, Topics.REMEDIES, 6, 2,
                () -> RemedyCaseRequests.openAndGetId(RemedyCaseRequests.apologyDecidedOn(LocalDate.of(2026, 11, 2))));
    }
}
