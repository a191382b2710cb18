package org.redress.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.assessments.assessment.AssessmentRequests.assessmentFromReferral;
import static org.redress.assessments.assessment.AssessmentRequests.complete;
import static org.redress.assessments.assessment.AssessmentRequests.put;
import static org.redress.assessments.assessment.AssessmentRequests.workingDaysBeforeToday;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.redress.servicekit.metrics.GaugeRefreshes;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.ScrapedMetrics;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The assessment gauges on a real {@code /q/metrics} scrape, today being {@link TestClock#TODAY}. Other
 * tests share the database, so counts are compared with the scrape before this test's assessments, and
 * the oldest unmet need's age with what {@code GET /unmet-needs} says of each need.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class BusinessMetricsIT {

    @Inject
    GaugeRefreshes gauges;

    @Test
    void countsOpenAssessmentsByClockAndUnmetNeedsWithTheAgeOfTheOldest() {
        gauges.refreshAll(TestClock.TODAY);
        ScrapedMetrics before = ScrapedMetrics.scrape();

        assessmentFromReferral(workingDaysBeforeToday(50), false); // 45 working days: 5 past due
        assessmentFromReferral(workingDaysBeforeToday(44), false); // due on the next working day
        String completed = assessmentFromReferral(LocalDate.of(2026, 11, 2), false);
        put("/assessments/{id}/needs", """
                {"code":"N1","area":"CARER_BREAK","eligible":true,"criteriaScore":15,"wayMet":"NOT_MET",
                 "reason":"Parents need regular breaks but there are no resources at present",
                 "inHomeShortBreaksConsidered":true}""", completed).statusCode(200);
        complete(completed, """
                {"caringFamilyMembers":[{"relationship":"PARENT","carerAssessmentRef":"ASM-2026-000050-1"}]}""")
                .statusCode(200);
        gauges.refreshAll(TestClock.TODAY);
        ScrapedMetrics after = ScrapedMetrics.scrape();

        assertThat(delta(before, after, "redress_assessments_open", Map.of("clock", "OVERDUE"))).isEqualTo(1.0);
        assertThat(delta(before, after, "redress_assessments_open", Map.of("clock", "DUE_SOON"))).isEqualTo(1.0);
        assertThat(delta(before, after, "redress_unmet_needs_open", Map.of())).isEqualTo(1.0);
        List<Integer> ages = Tokens.as(Roles.AUDITOR).queryParam("size", 100).when().get("/unmet-needs").then()
                .statusCode(200).extract().path("items.ageDays");
        assertThat(after.sum("redress_unmet_need_oldest_age_days"))
                .isEqualTo((double) ages.stream().mapToInt(Integer::intValue).max().orElseThrow());
    }

    @Test
    void exportsEveryMetricTheDashboardAndAlertsUse() {
        ScrapedMetrics.assertExportsListedMetrics("assessment-service");
    }

    private static double delta(ScrapedMetrics before, ScrapedMetrics after, String name, Map<String, String> labels) {
        return after.value(name, labels) - before.value(name, labels);
    }
}
