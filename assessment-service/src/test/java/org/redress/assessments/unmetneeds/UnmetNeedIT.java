package org.redress.assessments.unmetneeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.redress.assessments.assessment.AssessmentRequests.assessmentFromReferral;
import static org.redress.assessments.assessment.AssessmentRequests.complete;
import static org.redress.assessments.assessment.AssessmentRequests.post;
import static org.redress.assessments.assessment.AssessmentRequests.put;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.redress.assessments.assessment.AssessmentRequests;
import org.redress.contracts.Topics;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.CloudEventRecords;
import org.redress.testkit.ReceivedCloudEvent;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Unmet needs over HTTP: listed from completion until provision starts (today: Wed 25 Nov 2026). */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class UnmetNeedIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void aNeedLeftUnmetBecauseTheFamilyWouldNotEngageIsKeptApartFromOneLeftUnmetForLackOfResources() {
        String id = assessmentFromReferral(LocalDate.of(2026, 11, 2), false);
        put("/assessments/{id}/needs", """
                {"code":"N1","area":"EDUCATION","eligible":true,"criteriaScore":12,"wayMet":"NOT_MET",
                 "reason":"Mentoring was offered but the family would not engage with it"}""", id)
                .statusCode(200)
                .body("flags.code", hasItem("need.will-not-engage-for-review"));
        put("/assessments/{id}/needs", """
                {"code":"N2","area":"EMOTIONAL_AND_BEHAVIOURAL_DEVELOPMENT","eligible":true,"criteriaScore":12,
                 "wayMet":"NOT_MET","reason":"Counselling is needed but the service is at capacity"}""", id)
                .statusCode(200);
        complete(id, "{}").statusCode(200);

        // the Ombudsman names these two faults separately: the ledger must not file one under the other
        String need = "items.find { it.assessmentId == '" + id + "' && it.needCode == '%s' }.%s";
        Tokens.as(Roles.AUDITOR).queryParam("size", 100).when().get("/unmet-needs").then().statusCode(200)
                .body(need.formatted("N1", "resourceLedReason"), equalTo(false))
                .body(need.formatted("N1", "wontEngageReason"), equalTo(true))
                .body(need.formatted("N2", "resourceLedReason"), equalTo(true))
                .body(need.formatted("N2", "wontEngageReason"), equalTo(false));
    }

    @Test
    void anEligibleNeedLeftUnmetForLackOfResourcesIsFlaggedAndListedUntilALateDirectPaymentStarts() {
        String id = assessmentFromReferral(LocalDate.of(2026, 11, 2), false);
        put("/assessments/{id}/needs", """
                {"code":"N1","area":"CARER_BREAK","eligible":true,"criteriaScore":15,"wayMet":"NOT_MET",
                 "reason":"Parents need regular breaks but there are no resources at present",
                 "inHomeShortBreaksConsidered":true}""", id)
                .statusCode(200)
                .body("flags.code", hasItem("need.resource-led-reason"));
        put("/assessments/{id}/needs", """
                {"code":"N2","area":"EDUCATION","eligible":true,"criteriaScore":9,"wayMet":"LOCAL_OFFER",
                 "reason":"Meets the threshold for eligibility; the local offer homework club meets it"}""", id)
                .statusCode(200)
                .body("needs", hasSize(2))
                .body("flags", hasSize(1));
        // the parents already have a parent carer assessment, so their need for a break prompts none
        complete(id, """
                {"caringFamilyMembers":[{"relationship":"PARENT","carerAssessmentRef":"ASM-2026-000050-1"}]}""")
                .statusCode(200);
        JsonNode completed = CloudEventRecords.await(Topics.ASSESSMENTS, id, 2, WAIT).get(1).dataJson();
        assertThat(completed.path("eligibleNeeds").asInt()).isEqualTo(2);
        assertThat(completed.path("metNeeds").asInt()).isEqualTo(1);
        assertThat(completed.path("unmetNeeds").asInt()).isEqualTo(1);
        Tokens.as(Roles.AUDITOR).queryParam("size", 100).when().get("/unmet-needs").then().statusCode(200)
                .body("items.findAll { it.assessmentId == '%s' }.needCode".formatted(id), equalTo(List.of("N1")))
                .body("items.find { it.assessmentId == '%s' }.resourceLedReason".formatted(id), equalTo(true))
                .body("items.find { it.assessmentId == '%s' }.ageDays".formatted(id), equalTo(0));

        // 6 hours a week at £18.50: £111 a week; due 1 Oct, started 5 Nov: 35 days missed, £555
        post("/assessments/{id}/provision", """
                {"needCode":"N1","kind":"DIRECT_PAYMENT","hoursPerWeek":6,"hourlyRatePence":1850,
                 "shouldHaveStarted":"2026-10-01","startedOn":"2026-11-05"}""", id)
                .statusCode(200)
                .body("provisions[0].weeklyAmountPence", equalTo(11100))
                .body("provisions[0].missedDays", equalTo(35))
                .body("provisions[0].missedAmountPence", equalTo(55500));
        // opened, completed, unmet need N1 opened, provision started, missed provision, unmet need N1 closed
        List<ReceivedCloudEvent> events = CloudEventRecords.await(Topics.ASSESSMENTS, id, 6, WAIT);
        assertThat(events).extracting(ReceivedCloudEvent::type).containsExactly("org.redress.assessment.opened.v1",
                "org.redress.assessment.completed.v1", "org.redress.assessment.unmet-need-opened.v1",
                "org.redress.assessment.provision-started.v1", "org.redress.assessment.missed-provision-recorded.v1",
                "org.redress.assessment.unmet-need-closed.v1");
        JsonNode missed = events.get(4).dataJson();
        assertThat(missed.path("provisionKind").asText()).isEqualTo("DIRECT_PAYMENT");
        assertThat(missed.path("weeklyAmountPence").asLong()).isEqualTo(11100);
        assertThat(missed.path("missedFrom").asText()).isEqualTo("2026-10-01");
        assertThat(missed.path("missedTo").asText()).isEqualTo("2026-11-04");
        CloudEventRecords.assertNoMore(Topics.ASSESSMENTS, id, 6, Duration.ofSeconds(2));
        Tokens.as(Roles.AUDITOR).queryParam("size", 100).when().get("/unmet-needs").then().statusCode(200)
                .body("items.assessmentId", not(hasItem(id)));
    }

    @Test
    void theLedgerShowsEachPersonOnlyTheUnmetNeedsOfTheAssessmentsTheyMayRead() {
        String worker = AssessmentRequests.staffReference();
        String id = AssessmentRequests.assignedTo(worker);
        put("/assessments/{id}/needs", """
                {"code":"N1","area":"CARER_BREAK","eligible":true,"criteriaScore":15,"wayMet":"NOT_MET",
                 "reason":"Parents need regular breaks but there are no resources at present",
                 "inHomeShortBreaksConsidered":true}""", id).statusCode(200);
        complete(id, "{}").statusCode(200);

        // the assessment's own team, and the worker of another team assigned to it
        assertThat(assessmentsListed(() -> AssessmentRequests.inChildrensTeam(Roles.TEAM_MANAGER))).contains(id);
        assertThat(assessmentsListed(() -> AssessmentRequests.inChildrensTeam(Roles.SOCIAL_WORKER))).contains(id);
        assertThat(assessmentsListed(() -> Tokens.asTeamMember(Roles.SOCIAL_WORKER, worker, AssessmentRequests.ADULTS_TEAM)))
                .contains(id);
        // another team, not assigned: the need is not theirs to see, nor counted for them
        for (String role : List.of(Roles.SOCIAL_WORKER, Roles.TEAM_MANAGER)) {
            String outsider = AssessmentRequests.staffReference();
            assertThat(assessmentsListed(() -> Tokens.asTeamMember(role, outsider, AssessmentRequests.ADULTS_TEAM)))
                    .doesNotContain(id);
        }
        Tokens.asStaff(Roles.SOCIAL_WORKER, AssessmentRequests.staffReference()).when().get("/unmet-needs").then()
                .statusCode(200).body("total", equalTo(0));
        // a remedy officer follows only the assessments a remedy asked for, and none asked for this one
        assertThat(assessmentsListed(() -> Tokens.as(Roles.REMEDY_OFFICER))).doesNotContain(id);
    }

    /** The assessment of every open unmet need GET /unmet-needs shows the caller, every page of it. */
    private static List<String> assessmentsListed(Supplier<RequestSpecification> caller) {
        return AssessmentRequests.everyListed(caller, "/unmet-needs", "assessmentId");
    }
}
