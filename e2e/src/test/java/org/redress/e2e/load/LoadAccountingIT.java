package org.redress.e2e.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.redress.e2e.ComplaintTraffic;
import org.redress.e2e.RunReport;
import org.redress.e2e.RunningSuite;
import org.redress.e2e.SuiteExtension;
import org.redress.e2e.TrafficAccounting;

/**
 * A council's busy day compressed: N complaints (2000 unless {@code -Dredress.e2e.load.complaints=} says
 * otherwise) registered concurrently, each then given a stage 1 response agreeing two actions. Afterwards
 * the complaints, the events of each type on the topics, the remedy cases, their actions and the
 * reassessments match exactly what was sent — the expected numbers are computed from the requests, not
 * read from the outputs. Throughput and the time for the suite to drain go in the run report.
 *
 * <p>The requests go through a plain fixed thread pool with the harness's {@code Api}
 * ({@link ComplaintTraffic}) rather than a load tool: the accounting needs each request's own outcome,
 * which a load tool's aggregate statistics (rates, percentiles, error counts) do not give.
 */
@ExtendWith(SuiteExtension.class)
class LoadAccountingIT {

    private static final int COMPLAINTS = Integer.getInteger("redress.e2e.load.complaints", 800);
    private static final int THREADS = 8;

    @Test
    void everyComplaintAndDecisionSentIsAccountedForExactlyOnce(RunningSuite suite) {
        ComplaintTraffic traffic = new ComplaintTraffic(suite, "load");
        Duration sending = traffic.send(COMPLAINTS, THREADS);
        List<ComplaintTraffic.Unit> units = traffic.units();

        assertThat(units).hasSize(COMPLAINTS);
        assertThat(units).as("every registration and decision acknowledged").allMatch(u -> u.registered() && u.decided());
        Duration drain = TrafficAccounting.awaitSettled(suite, Duration.ofMinutes(6));
        TrafficAccounting.Summary summary = TrafficAccounting.of(suite, traffic).assertExactlyOnce();

        // expected from what was sent: each unit is one registration and one decision agreeing 2 actions
        long requests = 2L * COMPLAINTS;
        assertThat(summary.requestsSent()).isEqualTo(requests);
        assertThat(summary.stored()).as("complaints + decisions stored").isEqualTo(requests);
        assertThat(summary.eventsDelivered()).as("registered + routed + stage-opened + stage-decided + actions-agreed events")
                .isEqualTo(5L * COMPLAINTS);
        assertThat(summary.remedyCases()).isEqualTo(COMPLAINTS);
        assertThat(summary.remedyActions()).isEqualTo(2L * COMPLAINTS);
        assertThat(summary.reassessments()).isEqualTo(COMPLAINTS);

        long[] millis = units.stream().mapToLong(ComplaintTraffic.Unit::millis).sorted().toArray();
        double perSecond = requests * 1000.0 / Math.max(1, sending.toMillis());
        RunReport.passed("Load: " + COMPLAINTS + " complaints with stage 1 decisions",
                "%d threads sent %d requests in %.1f s (%.0f requests/s; per complaint p50 %d ms, p95 %d ms); drained in %d s; %s"
                        .formatted(THREADS, requests, sending.toMillis() / 1000.0, perSecond, millis[millis.length / 2],
                                millis[(int) (millis.length * 0.95)], drain.toSeconds(), summary.describe()),
                summary.requestsSent(), summary.stored(), summary.eventsDelivered(), summary.duplicated(), summary.lost());
    }
}
