package org.redress.assessments.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.redress.assessments.assessment.AssessmentRequests.assessmentFromReferral;
import static org.redress.assessments.assessment.AssessmentRequests.complete;
import static org.redress.assessments.assessment.AssessmentRequests.post;
import static org.redress.assessments.assessment.AssessmentRequests.put;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.redress.testkit.RedressTestResources;

/**
 * An assessment, and the work queue of overdue assessments, read as they stood at the end of a past day (DOMAIN
 * §5), from the recorded history (today: Wed 25 Nov 2026). The assessment below started on Monday 14 September
 * 2026 (its referral's day); 45 working days later, with no bank holiday between, is Monday 16 November 2026; it
 * was completed late on Friday 20 November.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class AsOfIT {

    private static final int PAGE = 100;

    /** Assessors from 14 September and 1 October; N1 found 21 September, N2 18 November; completed 20 November. */
    private static String completedLate() {
        String id = assessmentFromReferral(LocalDate.of(2026, 9, 14), false);
        post("/assessments/{id}/assessors", "{\"assessor\":\"sw-ana\",\"from\":\"2026-09-14\"}", id).statusCode(200);
        post("/assessments/{id}/assessors", "{\"assessor\":\"sw-ben\",\"from\":\"2026-10-01\"}", id).statusCode(200);
        put("/assessments/{id}/needs", """
                {"code":"N1","area":"HEALTH","eligible":true,"criteriaScore":12,"wayMet":"SPECIALIST_SERVICE",
                 "reason":"Needs weekly physiotherapy at home","identifiedOn":"2026-09-21"}""", id).statusCode(200);
        put("/assessments/{id}/needs", """
                {"code":"N2","area":"EDUCATION","eligible":false,"criteriaScore":3,"identifiedOn":"2026-11-18"}""", id)
                .statusCode(200);
        complete(id, "{\"completedOn\":\"2026-11-20\"}").statusCode(200);
        return id;
    }

    private static ValidatableResponse read(String id, String asOf) {
        return Tokens.as(Roles.AUDITOR).queryParam("asOf", asOf).when().get("/assessments/{id}", id).then();
    }

    @Test
    void theDayAfterItsDueDateItReadsOpenAndOverdueWithWhatHadHappenedByThen() {
        String id = completedLate();
        read(id, "2026-11-17").statusCode(200)
                .body("clock.state", equalTo("OVERDUE"))
                .body("clock.dueDate", equalTo("2026-11-16"))
                .body("completedOn", nullValue())
                .body("assessors.assessor", contains("sw-ana", "sw-ben"))
                .body("needs.code", contains("N1"))
                .body("flags", empty())
                .body("timeline.what", not(hasItem("COMPLETED")));
        read(id, "2026-09-30").statusCode(200)
                .body("clock.state", equalTo("ON_TRACK"))
                .body("assessors.assessor", contains("sw-ana"))
                .body("needs.code", contains("N1"));
    }

    @Test
    void theDayItWasCompletedItReadsMissedAndFlaggedAsTodayDoes() {
        String id = completedLate();
        read(id, "2026-11-20").statusCode(200)
                .body("clock.state", equalTo("MISSED"))
                .body("completedOn", equalTo("2026-11-20"))
                .body("needs.code", contains("N1", "N2"))
                .body("flags.code", contains("assessment.completed-late"));
        Tokens.as(Roles.AUDITOR).when().get("/assessments/{id}", id).then().statusCode(200)
                .body("clock.state", equalTo("MISSED"))
                .body("flags.code", contains("assessment.completed-late"));
    }

    @Test
    void aDayBeforeItStartedIsNotFoundAndADayAfterTodayIsRefused() {
        String id = completedLate();
        read(id, "2026-09-13").statusCode(404)
                .body("rule", equalTo("assessment.not-started-as-of"))
                .body("field", equalTo("asOf"));
        read(id, "2026-11-26").statusCode(400)
                .body("rule", equalTo("request.as-of-in-future"))
                .body("field", equalTo("asOf"));
    }

    @Test
    void theWorkQueueAsOfADayListsWhatWasOpenAndPastItsDueDateAtTheEndOfThatDay() {
        String id = completedLate();
        assertThat(overdue(null)).doesNotContainKey(id);
        assertThat(overdue("2026-11-16")).doesNotContainKey(id); // due that day: not yet overdue
        assertThat(overdue("2026-11-17")).containsEntry(id, "OVERDUE");
        assertThat(overdue("2026-11-19")).containsEntry(id, "OVERDUE");
        assertThat(overdue("2026-11-20")).doesNotContainKey(id); // completed that day
    }

    @Test
    void asOfReadsTheOverdueClocksListOnly() {
        AssessmentRequests.inChildrensTeam(Roles.TEAM_MANAGER).queryParam("planReview", "OVERDUE").queryParam("asOf", "2026-11-17").when()
                .get("/assessments").then().statusCode(400)
                .body("rule", equalTo("request.as-of-not-supported")).body("field", equalTo("asOf"));
        AssessmentRequests.inChildrensTeam(Roles.TEAM_MANAGER).queryParam("asOf", "2026-11-17").when().get("/assessments").then()
                .statusCode(400).body("rule", equalTo("request.as-of-not-supported"));
        AssessmentRequests.inChildrensTeam(Roles.TEAM_MANAGER).queryParam("clock", "OVERDUE").queryParam("asOf", "2026-11-26").when()
                .get("/assessments").then().statusCode(400).body("rule", equalTo("request.as-of-in-future"));
    }

    /** Every page of clock=OVERDUE (as of {@code asOf} when given): each assessment's id and its clock's state. */
    private static Map<String, String> overdue(String asOf) {
        Map<String, String> found = new java.util.LinkedHashMap<>();
        for (int page = 0;; page++) {
            var request = AssessmentRequests.inChildrensTeam(Roles.SOCIAL_WORKER).queryParam("clock", "OVERDUE").queryParam("size", PAGE)
                    .queryParam("page", page);
            if (asOf != null) {
                request = request.queryParam("asOf", asOf);
            }
            List<Map<String, Object>> items = new ArrayList<>(request.when().get("/assessments").then().statusCode(200)
                    .extract().jsonPath().getList("items"));
            items.forEach(item -> found.put((String) item.get("id"), (String) ((Map<?, ?>) item.get("clock")).get("state")));
            if (items.size() < PAGE) {
                return found;
            }
        }
    }
}
