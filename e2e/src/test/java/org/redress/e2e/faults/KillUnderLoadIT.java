package org.redress.e2e.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.redress.e2e.ComplaintTraffic;
import org.redress.e2e.RunReport;
import org.redress.e2e.RunningSuite;
import org.redress.e2e.SuiteExtension;
import org.redress.e2e.TrafficAccounting;

/**
 * A service killed outright (SIGKILL) while complaints and stage 1 decisions flow: whatever a council's
 * system was told had succeeded is stored, announced and acted on downstream exactly once after the
 * service is started again. Requests cut off by the kill got no answer; those may or may not have been
 * stored, and are counted apart ("stored without acknowledgement"), not as lost.
 */
@ExtendWith(SuiteExtension.class)
class KillUnderLoadIT {

    private static final int THREADS = 4;
    private static final Duration SETTLE = Duration.ofMinutes(3);

    /** The producer: complaints-service dies with requests in flight and events still in its outbox. */
    @Test
    void complaintsServiceKilledMidStreamLosesAndDuplicatesNothingAcknowledged(RunningSuite suite) throws Exception {
        ComplaintTraffic traffic = killMidStream(suite, suite.complaints().name(), "kill-complaints");

        long cutOff = traffic.units().stream().filter(u -> u.registerStatus() == 0 || u.decideStatus() == 0).count();
        assertThat(cutOff).as("units cut off by the kill (no answer)").isPositive();
        assertThat(traffic.units()).as("every request either succeeded or got no answer (never a 5xx)")
                .allMatch(u -> (u.registered() || u.registerStatus() == 0) && (u.decided() || u.decideStatus() <= 0));
        // An Idempotency-Key commits in the transaction of its request's work, so a killed request leaves no claim
        // behind that would refuse its retry with 409 "still in progress".
        long stuckKeys = suite.complaints().database().count(
                "select count(*) from idempotency_key where status is null and idempotency_key like ?", traffic.tag() + "-%");
        assertThat(stuckKeys).as("Idempotency-Keys left claimed by the kill").isZero();
        report(suite, traffic, "Fault: kill -9 complaints-service under load", false,
                "; " + stuckKeys + " Idempotency-Keys left claimed but unfinished by the kill");
    }

    /** A consumer: remedy-service dies while it opens remedy cases from agreed actions and announces them. */
    @Test
    void remedyServiceKilledMidStreamOpensEachRemedyCaseOnce(RunningSuite suite) throws Exception {
        ComplaintTraffic traffic = killMidStream(suite, suite.remedies().name(), "kill-remedies");

        assertThat(traffic.units()).as("complaints-service answers every request while remedy-service is down")
                .allMatch(u -> u.registered() && u.decided());
        report(suite, traffic, "Fault: kill -9 remedy-service under load", true, "");
    }

    /**
     * Traffic from {@link #THREADS} clients; the service is killed once 30 units are through, the clients go on
     * for 3 s (into a dead service, or past a dead consumer), then the service is started again and 30 more
     * units are sent.
     */
    private static ComplaintTraffic killMidStream(RunningSuite suite, String service, String scenario) throws Exception {
        ComplaintTraffic traffic = new ComplaintTraffic(suite, scenario);
        try {
            ComplaintTraffic.Sending sending = traffic.start(THREADS, 2_000);
            sending.awaitUnits(30, Duration.ofMinutes(2));
            suite.kill(service);
            Thread.sleep(3_000);
            sending.stop();
            suite.start(service);
            traffic.send(30, THREADS);
        } finally {
            suite.restore(Duration.ofSeconds(30));
        }
        return traffic;
    }

    private static void report(RunningSuite suite, ComplaintTraffic traffic, String scenario, boolean consumer, String more) {
        Duration settled = TrafficAccounting.awaitSettled(suite, SETTLE);
        TrafficAccounting.Summary summary = TrafficAccounting.of(suite, traffic).assertExactlyOnce();
        TrafficAccounting.assertEveryEventProcessedOnce(suite);
        RunReport.passed(scenario, "SIGKILL mid-stream with " + THREADS + " clients, restarted; " + summary.describe()
                        + "; settled in " + settled.toSeconds() + " s" + more,
                summary.requestsSent(), summary.stored(), consumer ? summary.remedyCases() : summary.eventsDelivered(),
                summary.duplicated(), summary.lost());
    }
}
