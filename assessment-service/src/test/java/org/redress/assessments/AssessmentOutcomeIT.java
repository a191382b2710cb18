package org.redress.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.redress.contracts.Topics;
import org.redress.servicekit.security.Roles;
import org.redress.statutorytime.WorkingDayCalendar;
import org.redress.testkit.CloudEventRecords;
import org.redress.testkit.ReceivedCloudEvent;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Assessments end to end over HTTP: needs, completion, unmet needs and provision (today: Wed 25 Nov 2026). */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class AssessmentOutcomeIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private static ValidatableResponse post(String path, String body, Object id) {
        var request = Tokens.as(Roles.SOCIAL_WORKER).contentType(ContentType.JSON).body(body).when();
        return (id == null ? request.post(path) : request.post(path, id)).then();
    }

    private static ValidatableResponse put(String path, String body, Object id) {
        return Tokens.as(Roles.SOCIAL_WORKER).contentType(ContentType.JSON).body(body).when().put(path, id).then();
    }

    /** A child in need assessment opened by an s17 decision on a referral received on {@code received}. */
    private static String assessmentFromReferral(LocalDate received, boolean disabled) {
        String referral = ReferralRequests.record("""
                {"childRef":"CR-520001","receivedDate":"%s","referrerType":"HEALTH","disabledChild":%s}"""
                .formatted(received, disabled)).statusCode(201).extract().path("id");
        return post("/referrals/{id}/decision", "{\"decision\":\"S17_ASSESSMENT\"}", referral).statusCode(200)
                .extract().path("assessmentId");
    }

    private static LocalDate workingDaysBeforeToday(int days) {
        WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
        LocalDate date = TestClock.TODAY;
        while (calendar.workingDaysBetween(date, TestClock.TODAY) < days) {
            date = date.minusDays(1);
        }
        return date;
    }

    private static ValidatableResponse complete(String id, String body) {
        return post("/assessments/{id}/completion", body, id);
    }

    @Test
    void anAssessmentCompletedOnDay44MeetsItsClock() {
        String id = assessmentFromReferral(workingDaysBeforeToday(44), false);
        complete(id, "{}").statusCode(200).body("clock.state", equalTo("MET")).body("completedOn", equalTo("2026-11-25"));
        List<ReceivedCloudEvent> events = CloudEventRecords.await(Topics.ASSESSMENTS, id, 2, WAIT);
        assertThat(events.get(1).type()).isEqualTo("org.redress.assessment.completed.v1");
        assertThat(events.get(1).dataJson().path("completedInTime").asBoolean()).isTrue();
    }

    @Test
    void anAssessmentCompletedOnDay46MissesItsClockAndIsFlagged() {
        String id = assessmentFromReferral(workingDaysBeforeToday(46), false);
        Tokens.as(Roles.TEAM_MANAGER).queryParam("clock", "OVERDUE").queryParam("size", 100).when().get("/assessments")
                .then().statusCode(200).body("items.id", hasItem(id));
        complete(id, "{}").statusCode(200)
                .body("clock.state", equalTo("MISSED"))
                .body("flags.code", hasItem("assessment.completed-late"));
        JsonNode completed = CloudEventRecords.await(Topics.ASSESSMENTS, id, 2, WAIT).get(1).dataJson();
        assertThat(completed.path("completedInTime").asBoolean()).isFalse();
        Tokens.as(Roles.TEAM_MANAGER).queryParam("clock", "OVERDUE").queryParam("size", 100).when().get("/assessments")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
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
        // opened, completed, unmet need N1 opened, missed provision, unmet need N1 closed
        List<ReceivedCloudEvent> events = CloudEventRecords.await(Topics.ASSESSMENTS, id, 5, WAIT);
        assertThat(events).extracting(ReceivedCloudEvent::type).containsExactly("org.redress.assessment.opened.v1",
                "org.redress.assessment.completed.v1", "org.redress.assessment.unmet-need-opened.v1",
                "org.redress.assessment.missed-provision-recorded.v1", "org.redress.assessment.unmet-need-closed.v1");
        JsonNode missed = events.get(3).dataJson();
        assertThat(missed.path("provisionKind").asText()).isEqualTo("DIRECT_PAYMENT");
        assertThat(missed.path("weeklyAmountPence").asLong()).isEqualTo(11100);
        assertThat(missed.path("missedFrom").asText()).isEqualTo("2026-10-01");
        assertThat(missed.path("missedTo").asText()).isEqualTo("2026-11-04");
        CloudEventRecords.assertNoMore(Topics.ASSESSMENTS, id, 5, Duration.ofSeconds(2));
        Tokens.as(Roles.AUDITOR).queryParam("size", 100).when().get("/unmet-needs").then().statusCode(200)
                .body("items.assessmentId", not(hasItem(id)));
    }

    @Test
    void aSiblingWithACaringRolePromptsAYoungCarerAssessment() {
        String id = assessmentFromReferral(LocalDate.of(2026, 11, 2), false);
        complete(id, """
                {"caringFamilyMembers":[{"relationship":"SIBLING"},
                 {"relationship":"PARENT","carerAssessmentRef":"ASM-2026-000050-1"}]}""")
                .statusCode(200)
                .body("flags.findAll { it.code == 'assessment.carer-assessment-prompted' }.about",
                        equalTo(List.of("YOUNG_CARER")))
                .body("timeline.what", hasItem("COMPLETED"));
    }

    @Test
    void aParentsExhaustionRecordedAsANeedForABreakPromptsAParentCarerAssessmentFlaggedAndAnnounced() {
        String id = assessmentFromReferral(LocalDate.of(2026, 11, 2), false);
        put("/assessments/{id}/needs", """
                {"code":"N1","area":"CARER_BREAK","eligible":true,"criteriaScore":14,"wayMet":"SHORT_BREAKS",
                 "reason":"Mother is exhausted; in-home short breaks twice a week","inHomeShortBreaksConsidered":true}""",
                id).statusCode(200);
        complete(id, "{}")
                .statusCode(200)
                .body("flags.findAll { it.code == 'assessment.carer-assessment-prompted' }.about",
                        equalTo(List.of("PARENT_CARER")));

        List<ReceivedCloudEvent> events = CloudEventRecords.await(Topics.ASSESSMENTS, id, 3, WAIT);
        CloudEventRecords.assertNoMore(Topics.ASSESSMENTS, id, 3, Duration.ofSeconds(2));
        JsonNode prompted = events.stream()
                .filter(event -> event.type().equals("org.redress.assessment.carer-assessment-prompted.v1"))
                .findFirst().orElseThrow().dataJson();
        assertThat(prompted.path("relationship").asText()).isEqualTo("PARENT");
        assertThat(prompted.path("assessmentType").asText()).isEqualTo("PARENT_CARER");
    }

    @Test
    void aDisabledChildsAssessmentIsNotCompletedUntilEveryCsdpaS2CategoryIsConsidered() {
        String id = assessmentFromReferral(LocalDate.of(2026, 11, 2), true);
        for (String category : List.of("PRACTICAL_ASSISTANCE_IN_THE_HOME", "RECREATIONAL_AND_EDUCATIONAL_FACILITIES",
                "TRAVEL_ASSISTANCE")) {
            put("/assessments/{id}/csdpa-s2", "{\"category\":\"%s\",\"needed\":false}".formatted(category), id)
                    .statusCode(200);
        }
        complete(id, "{}").statusCode(422).body("type", equalTo("urn:redress:problem:assessment.csdpa-s2-not-considered"));
        put("/assessments/{id}/csdpa-s2", "{\"category\":\"ADAPTATIONS\",\"needed\":true}", id).statusCode(200);
        complete(id, "{}").statusCode(200);
        complete(id, "{}").statusCode(409).body("type", equalTo("urn:redress:problem:assessment.already-completed"));
    }

    @Test
    void aParentCarerAssessmentOfADisabledChildsParentRoutedToAdultSocialCareIsRefused() {
        String referral = ReferralRequests.record("""
                {"childRef":"CR-520002","receivedDate":"2026-11-20","referrerType":"PARENT","disabledChild":true}""")
                .statusCode(201).extract().path("id");
        post("/assessments", """
                {"referralId":"%s","assessmentType":"PARENT_CARER","team":"ADULT_SOCIAL_CARE"}""".formatted(referral), null)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:redress:problem:assessment.parent-carer-routed-to-adult-social-care"))
                .body("field", equalTo("team"));
        post("/assessments", """
                {"referralId":"%s","assessmentType":"PARENT_CARER"}""".formatted(referral), null)
                .statusCode(201)
                .body("team", equalTo("CHILDRENS_SOCIAL_CARE"))
                .body("startDate", equalTo("2026-11-20"));
    }

    @Test
    void aThirdAssessorIsFlagged() {
        String id = assessmentFromReferral(LocalDate.of(2026, 11, 2), false);
        post("/assessments/{id}/assessors", "{\"assessor\":\"sw-1\"}", id).statusCode(200).body("flags", hasSize(0));
        post("/assessments/{id}/assessors", "{\"assessor\":\"sw-2\"}", id).statusCode(200).body("flags", hasSize(0));
        post("/assessments/{id}/assessors", "{\"assessor\":\"sw-3\"}", id).statusCode(200)
                .body("flags[0].code", equalTo("assessment.third-assessor"))
                .body("assessors", hasSize(3));
    }

    @Test
    void aCarersNeedForABreakMustRecordInHomeShortBreaksAsConsidered() {
        String id = assessmentFromReferral(LocalDate.of(2026, 11, 2), false);
        put("/assessments/{id}/needs", """
                {"code":"N1","area":"CARER_BREAK","eligible":true,"wayMet":"SHORT_BREAKS","reason":"Saturday club"}""", id)
                .statusCode(422)
                .body("type", equalTo("urn:redress:problem:need.in-home-short-breaks-not-considered"));
    }
}
