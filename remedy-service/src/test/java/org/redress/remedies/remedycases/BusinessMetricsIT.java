package org.redress.remedies.remedycases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.remedies.remedycases.RemedyCaseRequests.APOLOGY_IN_FOUR_WEEKS;
import static org.redress.remedies.remedycases.RemedyCaseRequests.decision;
import static org.redress.remedies.remedycases.RemedyCaseRequests.openAndGetId;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.redress.servicekit.metrics.GaugeRefreshes;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.ScrapedMetrics;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The remedy action gauge on a real {@code /q/metrics} scrape. Other tests share the database, so the
 * count is compared with the scrape before this test's remedy case was opened.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class BusinessMetricsIT {

    private static final Map<String, String> OVERDUE = Map.of("state", "OVERDUE");

    @Inject
    GaugeRefreshes gauges;
    @Inject
    Clock clock;

    @Test
    void countsTheAgreedActionsPastTheirDueDate() {
        LocalDate today = LocalDate.now(clock);
        gauges.refreshAll(today);
        ScrapedMetrics before = ScrapedMetrics.scrape();

        // decided 1 Sep 2025: the apology was due 29 Sep, the named contact 15 Sep
        openAndGetId(decision(UUID.randomUUID(), LocalDate.of(2025, 9, 1), "[]", APOLOGY_IN_FOUR_WEEKS, """
                {"actionRef":"A2","type":"NAMED_CONTACT","period":"P14D"}"""));
        gauges.refreshAll(today);
        ScrapedMetrics after = ScrapedMetrics.scrape();

        assertThat(after.value("redress_remedy_actions_open", OVERDUE) - before.value("redress_remedy_actions_open", OVERDUE))
                .isEqualTo(2.0);
    }

    @Test
    void exportsEveryMetricTheDashboardAndAlertsUse() {
        ScrapedMetrics.assertExportsListedMetrics("remedy-service");
    }
}
