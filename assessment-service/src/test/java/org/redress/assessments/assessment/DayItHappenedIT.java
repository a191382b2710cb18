package org.redress.assessments.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.redress.assessments.assessment.AssessmentRequests.assessmentFromReferral;
import static org.redress.assessments.assessment.AssessmentRequests.complete;
import static org.redress.assessments.assessment.AssessmentRequests.post;
import static org.redress.assessments.assessment.AssessmentRequests.workingDaysBeforeToday;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redress.assessments.referrals.ReferralRequests;
import org.redress.contracts.Topics;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.CloudEventRecords;
import org.redress.testkit.ReceivedCloudEvent;
import org.redress.testkit.RedressTestResources;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * What happened is recorded with the day it happened, not the day it was typed in (DOMAIN §5): a completion
 * recorded the next morning, an assessor who took over on a known day, and a referral decision recorded
 * late give the clock results they would have given on the day; the timeline shows the day and when and by
 * whom it was recorded. Today is Wednesday 25 November 2026, 10:00 in London.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class DayItHappenedIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String RECORDED_NOW = "2026-11-25T10:00:00Z";
    private static final String SOCIAL_WORKER = "test-" + Roles.SOCIAL_WORKER;

    private static ValidatableResponse assign(String id, String body) {
        return post("/assessments/{id}/assessors", body, id);
    }

    private static ValidatableResponse refusedAsInvalid(ValidatableResponse response, String field) {
        return response.statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:redress:problem:validation"))
                .body("errors.field", hasItem(containsString(field)));
    }

    private static ValidatableResponse refusedByRule(ValidatableResponse response, String rule, String field) {
        return response.statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:redress:problem:" + rule))
                .body("field", equalTo(field));
    }

    @Nested
    class Completion {

        @Test
        void completedOnItsDueDateAndRecordedTheNextMorningMeetsItsClock() {
            String id = assessmentFromReferral(workingDaysBeforeToday(46), false);
            String due = AssessmentRequests.inChildrensTeam(Roles.SOCIAL_WORKER).when().get("/assessments/{id}", id).then().statusCode(200)
                    .body("clock.state", equalTo("OVERDUE")).extract().path("clock.dueDate");
            assertThat(due).isEqualTo("2026-11-24");

            complete(id, "{\"completedOn\":\"%s\"}".formatted(due)).statusCode(200)
                    .body("completedOn", equalTo(due))
                    .body("clock.state", equalTo("MET"))
                    .body("flags.code", not(hasItem("assessment.completed-late")))
                    .body("timeline.find { it.what == 'COMPLETED' }.on", equalTo(due))
                    .body("timeline.find { it.what == 'COMPLETED' }.recordedAt", equalTo(RECORDED_NOW))
                    .body("timeline.find { it.what == 'COMPLETED' }.recordedBy", equalTo(SOCIAL_WORKER));

            List<ReceivedCloudEvent> events = CloudEventRecords.await(Topics.ASSESSMENTS, id, 2, WAIT);
            JsonNode completed = events.get(1).dataJson();
            assertThat(completed.path("completedDate").asText()).isEqualTo(due);
            assertThat(completed.path("completedInTime").asBoolean()).isTrue();
            AssessmentRequests.inChildrensTeam(Roles.TEAM_MANAGER).queryParam("clock", "OVERDUE").queryParam("size", 100).when()
                    .get("/assessments").then().statusCode(200).body("items.id", not(hasItem(id)));
        }

        @Test
        void withoutADayItIsCompletedToday() {
            String id = assessmentFromReferral(LocalDate.of(2026, 11, 2), false);
            complete(id, "{}").statusCode(200).body("completedOn", equalTo("2026-11-25"))
                    .body("timeline.find { it.what == 'COMPLETED' }.on", equalTo("2026-11-25"));
        }

        @Test
        void aCompletionInTheFutureIsRefusedNamingTheField() {
            String id = assessmentFromReferral(LocalDate.of(2026, 11, 2), false);
            refusedAsInvalid(complete(id, "{\"completedOn\":\"2026-11-26\"}"), "completedOn");
            AssessmentRequests.inChildrensTeam(Roles.SOCIAL_WORKER).when().get("/assessments/{id}", id).then().body("completedOn", equalTo(null));
        }

        @Test
        void aCompletionBeforeTheAssessmentStartedIsRefused() {
            String id = assessmentFromReferral(LocalDate.of(2026, 11, 2), false);
            refusedByRule(complete(id, "{\"completedOn\":\"2026-10-30\"}"), "assessment.completed-before-started",
                    "completedOn");
        }

        @Test
        void aCompletionBeforeTheAssessorWasAssignedIsRefused() {
            String id = assessmentFromReferral(LocalDate.of(2026, 11, 2), false);
            assign(id, "{\"assessor\":\"sw-1\",\"from\":\"2026-11-10\"}").statusCode(200);
            refusedByRule(complete(id, "{\"completedOn\":\"2026-11-09\"}"), "assessment.completed-out-of-order",
                    "completedOn").body("detail", containsString("sw-1"));
            complete(id, "{\"completedOn\":\"2026-11-10\"}").statusCode(200).body("clock.state", equalTo("MET"));
        }
    }

    @Nested
    class Assessors {

        @Test
        void anAssessorAssignedFromAPastDayIsShownFromThatDayAndRecordedToday() {
            String id = assessmentFromReferral(LocalDate.of(2026, 11, 2), false);
            assign(id, "{\"assessor\":\"sw-1\",\"from\":\"2026-11-03\"}").statusCode(200)
                    .body("assessors[0].assessor", equalTo("sw-1"))
                    .body("assessors[0].from", equalTo("2026-11-03"))
                    .body("timeline.find { it.what == 'ASSESSOR_ASSIGNED' }.on", equalTo("2026-11-03"))
                    .body("timeline.find { it.what == 'ASSESSOR_ASSIGNED' }.recordedAt", equalTo(RECORDED_NOW))
                    .body("timeline.find { it.what == 'ASSESSOR_ASSIGNED' }.recordedBy", equalTo(SOCIAL_WORKER));
        }

        @Test
        void aChangeOfAssessorOnAKnownDayIsRecordedInOrderAndATakeOverBeforeThePreviousOneIsRefused() {
            String id = assessmentFromReferral(LocalDate.of(2026, 11, 2), false);
            assign(id, "{\"assessor\":\"sw-1\",\"from\":\"2026-11-03\"}").statusCode(200);
            assign(id, "{\"assessor\":\"sw-2\",\"from\":\"2026-11-12\"}").statusCode(200)
                    .body("assessors.from", equalTo(List.of("2026-11-03", "2026-11-12")));
            refusedByRule(assign(id, "{\"assessor\":\"sw-3\",\"from\":\"2026-11-11\"}"), "assessment.assessor-out-of-order",
                    "from");
            assign(id, "{\"assessor\":\"sw-3\",\"from\":\"2026-11-19\"}").statusCode(200)
                    .body("flags.find { it.code == 'assessment.third-assessor' }.on", equalTo("2026-11-19"));
        }

        @Test
        void anAssessorFromAFutureDayOrFromBeforeTheStartIsRefused() {
            String id = assessmentFromReferral(LocalDate.of(2026, 11, 2), false);
            refusedAsInvalid(assign(id, "{\"assessor\":\"sw-1\",\"from\":\"2026-11-26\"}"), "from");
            refusedByRule(assign(id, "{\"assessor\":\"sw-1\",\"from\":\"2026-11-01\"}"), "assessment.assessor-before-started",
                    "from");
            AssessmentRequests.inChildrensTeam(Roles.SOCIAL_WORKER).when().get("/assessments/{id}", id).then().body("assessors.size()", equalTo(0));
        }
    }

    @Nested
    class ReferralDecision {

        @Test
        void aDecisionMadeTheDayAfterReceiptButRecordedLaterMeetsItsClock() {
            String referral = ReferralRequests.recordAndGetId(LocalDate.of(2026, 11, 16));
            post("/referrals/{id}/decision", "{\"decision\":\"NO_FURTHER_ACTION\",\"decidedOn\":\"2026-11-17\"}", referral)
                    .statusCode(200)
                    .body("decisionClock.state", equalTo("MET"));
        }

        @Test
        void aDecisionBeforeReceiptIsRefusedNamingTheDay() {
            String referral = ReferralRequests.recordAndGetId(LocalDate.of(2026, 11, 16));
            refusedByRule(post("/referrals/{id}/decision",
                    "{\"decision\":\"NO_FURTHER_ACTION\",\"decidedOn\":\"2026-11-13\"}", referral),
                    "referral.decided-before-received", "decidedOn");
        }
    }
}
