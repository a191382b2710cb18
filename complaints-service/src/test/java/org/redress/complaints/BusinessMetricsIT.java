package org.redress.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.complaints.intake.IntakeRequests.registerAndGetId;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.redress.complaints.breaches.application.SweepingClockBreaches;
import org.redress.servicekit.metrics.GaugeRefreshes;
import org.redress.servicekit.sweep.SweepRunner;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.ScrapedMetrics;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The complaint gauges on a real {@code /q/metrics} scrape. Other tests share the database, so each
 * value is compared with the scrape before this test's complaints were made: the difference is exact.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class BusinessMetricsIT {

    private static final Map<String, String> STAGE_ONE_OVERDUE = Map.of("stage", "STAGE_1", "clock", "OVERDUE");
    private static final Map<String, String> STAGE_ONE_CLOCK_OVERDUE = Map.of("kind", "STAGE_1", "state", "OVERDUE");

    @Inject
    GaugeRefreshes gauges;
    @Inject
    SweepRunner sweeps;
    @Inject
    SweepingClockBreaches breaches;
    @Inject
    Clock clock;

    @Test
    void countsOpenComplaintsByStageAndClockAndTheBreachesAnnouncedToday() {
        LocalDate today = LocalDate.now(clock);
        gauges.refreshAll(today);
        ScrapedMetrics before = ScrapedMetrics.scrape();

        // received in December 2023: long past the stage 1 due date
        registerAndGetId(LocalDate.of(2023, 12, 15));
        registerAndGetId(LocalDate.of(2023, 12, 18));
        gauges.refreshAll(today);
        ScrapedMetrics registered = ScrapedMetrics.scrape();

        assertThat(registered.value("redress_complaints_open", STAGE_ONE_OVERDUE)
                - before.value("redress_complaints_open", STAGE_ONE_OVERDUE)).isEqualTo(2.0);
        assertThat(registered.value("redress_complaint_clocks_running", STAGE_ONE_CLOCK_OVERDUE)
                - before.value("redress_complaint_clocks_running", STAGE_ONE_CLOCK_OVERDUE)).isEqualTo(2.0);

        int announced = sweeps.drain(breaches, today); // ours and any other test's not yet announced
        gauges.refreshAll(today);
        ScrapedMetrics swept = ScrapedMetrics.scrape();

        assertThat(announced).isGreaterThanOrEqualTo(2);
        assertThat(swept.sum("redress_complaint_clock_breaches_today") - registered.sum("redress_complaint_clock_breaches_today"))
                .isEqualTo(announced);
        // still open and overdue after the breach is announced: announcing is not answering
        assertThat(swept.value("redress_complaints_open", STAGE_ONE_OVERDUE))
                .isEqualTo(registered.value("redress_complaints_open", STAGE_ONE_OVERDUE));
    }

    @Test
    void exportsEveryMetricTheDashboardAndAlertsUse() {
        ScrapedMetrics.assertExportsListedMetrics("complaints-service");
    }
}
