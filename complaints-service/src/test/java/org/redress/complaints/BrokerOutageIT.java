package org.redress.complaints;

import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.redress.complaints.intake.IntakeRequests;
import org.redress.contracts.Topics;
import org.redress.testkit.BrokerOutageScenario;
import org.redress.testkit.RedressTestResources;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * With the broker stopped, complaints are still recorded (their events wait in the outbox) and readiness reports the
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
        // each registration writes registered, routed and stage 1 opened
        BrokerOutageScenario.run(dataSource, Topics.COMPLAINTS, 6, 3,
                () -> IntakeRequests.registerAndGetId(LocalDate.of(2026, 11, 2)));
    }
}
