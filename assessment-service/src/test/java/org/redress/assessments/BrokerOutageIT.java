package org.redress.assessments;

import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.redress.assessments.referrals.ReferralRequests;
import org.redress.contracts.Topics;
import org.redress.testkit.BrokerOutageScenario;
import org.redress.testkit.RedressTestResources;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * With the broker stopped, referrals are still recorded (their events wait in the outbox) and readiness reports the
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
        BrokerOutageScenario.run(dataSource, Topics.ASSESSMENTS, 6,
                () -> ReferralRequests.recordAndGetId(LocalDate.of(2026, 11, 2)));
    }
}
