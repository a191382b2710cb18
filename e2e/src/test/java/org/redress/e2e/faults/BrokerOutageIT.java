package org.redress.e2e.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.redress.e2e.ComplaintTraffic;
import org.redress.e2e.RunReport;
import org.redress.e2e.RunningSuite;
import org.redress.e2e.SuiteExtension;
import org.redress.e2e.TrafficAccounting;

/**
 * The Kafka broker stopped while complaints and decisions flow: the services keep accepting work, since
 * each change and its events are written together to the service's own database (the transactional
 * outbox); once the broker is back every event is published, in order for each complaint, and acted on
 * once downstream.
 */
@ExtendWith(SuiteExtension.class)
class BrokerOutageIT {

    private static final int THREADS = 4;

    @Test
    void writesSucceedDuringTheOutageAndEveryEventArrivesInOrderOnceAfterIt(RunningSuite suite) throws Exception {
        ComplaintTraffic traffic = new ComplaintTraffic(suite, "broker-outage");
        long unsentDuringOutage;
        Duration outage;
        try {
            ComplaintTraffic.Sending sending = traffic.start(THREADS, 2_000);
            sending.awaitUnits(20, Duration.ofMinutes(2));
            Instant stopped = Instant.now();
            suite.broker().stop();
            int before = traffic.units().size();
            sending.awaitUnits(before + 30, Duration.ofMinutes(2)); // work accepted while the broker is away
            unsentDuringOutage = suite.complaints().database().count("select count(*) from outbox where sent_at is null");
            suite.broker().restart();
            outage = Duration.between(stopped, Instant.now());
            sending.awaitUnits(traffic.units().size() + 20, Duration.ofMinutes(2));
            sending.stop();
        } finally {
            suite.restore(Duration.ofSeconds(30));
        }

        assertThat(traffic.units()).as("every registration and decision is acknowledged while the broker is down")
                .allMatch(u -> u.registered() && u.decided());
        assertThat(unsentDuringOutage).as("events waiting in complaints-service's outbox during the outage").isPositive();
        Duration settled = TrafficAccounting.awaitSettled(suite, Duration.ofMinutes(3));
        TrafficAccounting.Summary summary = TrafficAccounting.of(suite, traffic).assertExactlyOnce();
        TrafficAccounting.assertEveryEventProcessedOnce(suite);
        RunReport.passed("Fault: Kafka broker stopped under load",
                "broker down " + outage.toSeconds() + " s with " + THREADS + " clients; " + unsentDuringOutage
                        + " events held in the outbox, drained in order; " + summary.describe() + "; settled in "
                        + settled.toSeconds() + " s after restart",
                summary.requestsSent(), summary.stored(), summary.eventsDelivered(), summary.duplicated(), summary.lost());
    }
}
