package org.redress.assessments.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.redress.assessments.assessment.AssessmentRequests.assessmentFromReferral;
import static org.redress.assessments.assessment.AssessmentRequests.complete;
import static org.redress.assessments.assessment.AssessmentRequests.post;
import static org.redress.assessments.assessment.AssessmentRequests.put;
import static org.redress.assessments.assessment.AssessmentRequests.workingDaysBeforeToday;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

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

/** Assessments end to end over HTTP: needs, assessors, CSDPA s2 and completion (today: Wed 25 Nov 2026). */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class AssessmentOutcomeIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

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
        AssessmentRequests.inChildrensTeam(Roles.TEAM_MANAGER).queryParam("clock", "OVERDUE").queryParam("size", 100).when().get("/assessments")
                .then().statusCode(200).body("items.id", hasItem(id));
        complete(id, "{}").statusCode(200)
                .body("clock.state", equalTo("MISSED"))
                .body("flags.code", hasItem("assessment.completed-late"));
        JsonNode completed = CloudEventRecords.await(Topics.ASSESSMENTS, id, 2, WAIT).get(1).dataJson();
        assertThat(completed.path("completedInTime").asBoolean()).isFalse();
        AssessmentRequests.inChildrensTeam(Roles.TEAM_MANAGER).queryParam("clock", "OVERDUE").queryParam("size", 100).when().get("/assessments")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
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

    @Test
    void aCarersNeedForABreakRecordedAsCarerWellbeingMetByShortBreaksMustRecordInHomeShortBreaksAsConsideredToo() {
        String id = assessmentFromReferral(LocalDate.of(2026, 11, 2), false);
        put("/assessments/{id}/needs", """
                {"code":"N1","area":"CARER_WELLBEING","eligible":true,"wayMet":"SHORT_BREAKS",
                 "reason":"Saturday club"}""", id)
                .statusCode(422)
                .body("type", equalTo("urn:redress:problem:need.in-home-short-breaks-not-considered"))
                .body("field", equalTo("inHomeShortBreaksConsidered"));
        put("/assessments/{id}/needs", """
                {"code":"N1","area":"CARER_WELLBEING","eligible":true,"wayMet":"SHORT_BREAKS",
                 "reason":"Saturday club; in-home sitting considered and offered","inHomeShortBreaksConsidered":true}""", id)
                .statusCode(200)
                .body("needs.code", equalTo(List.of("N1")))
                .body("flags", hasSize(0));
    }
}
