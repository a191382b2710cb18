package org.redress.assessments.ehcplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.redress.assessments.referrals.ReferralRequests;
import org.redress.contracts.Topics;
import org.redress.assessments.assessment.AssessmentRequests;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.CloudEventRecords;
import org.redress.testkit.ReceivedCloudEvent;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** EHC plans over HTTP: sections H1 and H2 sent on completion, "no social care needs" flagged (today: 25 Nov 2026). */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class EhcPlanIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String EHC_UPDATE = "org.redress.assessment.ehc-social-care-update.v1";

    private static ValidatableResponse send(String method, String path, String body, Object... params) {
        var request = AssessmentRequests.inChildrensTeam(Roles.SOCIAL_WORKER).contentType(ContentType.JSON).body(body).when();
        return (method.equals("PUT") ? request.put(path, params) : request.post(path, params)).then();
    }

    private static String assessment(String childRef, boolean disabled) {
        String referral = ReferralRequests.record("""
                {"childRef":"%s","receivedDate":"2026-11-16","referrerType":"HEALTH","disabledChild":%s}"""
                .formatted(childRef, disabled)).statusCode(201).extract().path("id");
        return send("POST", "/referrals/{id}/decision", "{\"decision\":\"S17_ASSESSMENT\"}", referral).statusCode(200)
                .extract().path("assessmentId");
    }

    private static List<ReceivedCloudEvent> ofType(List<ReceivedCloudEvent> events, String type) {
        return events.stream().filter(event -> event.type().equals(type)).toList();
    }

    @Test
    void anEhcPlanSayingNoSocialCareNeedsWhileAnAssessmentIsOpenIsAcceptedButFlaggedAndCompletionSendsH1AndH2() {
        String id = assessment("CR-540001", true);
        String reference = AssessmentRequests.inChildrensTeam(Roles.SOCIAL_WORKER).when().get("/assessments/{id}", id).then().extract()
                .path("reference");
        send("POST", "/children/{childRef}/ehc-plan-updates", "{\"issuedOn\":\"2026-11-20\",\"noSocialCareNeeds\":true}",
                "CR-540001")
                .statusCode(201)
                .body("noSocialCareNeeds", equalTo(true))
                .body("flags.code", equalTo(List.of("ehc-plan.no-social-care-needs-while-assessment-open")))
                .body("flags[0].about", equalTo(reference));
        AssessmentRequests.inChildrensTeam(Roles.TEAM_MANAGER).when().get("/assessments/{id}", id).then().statusCode(200)
                .body("flags.code", hasItem("ehc-plan.no-social-care-needs-while-assessment-open"));
        Tokens.as(Roles.AUDITOR).when().get("/children/{childRef}/ehc-plan-updates", "CR-540001").then().statusCode(200)
                .body("items", hasSize(1));

        for (String category : List.of("PRACTICAL_ASSISTANCE_IN_THE_HOME", "RECREATIONAL_AND_EDUCATIONAL_FACILITIES",
                "TRAVEL_ASSISTANCE", "ADAPTATIONS")) {
            send("PUT", "/assessments/{id}/csdpa-s2", "{\"category\":\"%s\",\"needed\":%s}".formatted(category,
                    category.equals("PRACTICAL_ASSISTANCE_IN_THE_HOME")), id).statusCode(200);
        }
        send("PUT", "/assessments/{id}/needs", """
                {"code":"N1","area":"CARER_BREAK","eligible":true,"criteriaScore":14,"wayMet":"SHORT_BREAKS",
                 "reason":"Fortnightly overnight short breaks","inHomeShortBreaksConsidered":true}""", id).statusCode(200);
        send("POST", "/assessments/{id}/completion", "{}", id).statusCode(200);

        // the assessment's other events (opened, completed, prompts) arrive too, in write order; wait
        // until the SEND update is among them rather than for a fixed count
        List<ReceivedCloudEvent> updates = org.awaitility.Awaitility.await().atMost(WAIT)
                .until(() -> ofType(CloudEventRecords.await(Topics.ASSESSMENTS, id, 1, WAIT), EHC_UPDATE),
                        found -> !found.isEmpty());
        assertThat(updates).hasSize(1);
        JsonNode data = updates.get(0).dataJson();
        assertThat(data.path("sectionH1").toString()).isEqualTo("[\"PRACTICAL_ASSISTANCE_IN_THE_HOME\"]");
        assertThat(data.path("sectionH2").toString()).isEqualTo("[\"CARER_BREAK\"]");
        assertThat(data.path("completedDate").asText()).isEqualTo("2026-11-25");
    }

    @Test
    void anEhcPlanStatingSocialCareNeedsIsNotFlagged() {
        assessment("CR-540002", false);
        Tokens.as(Roles.AUDITOR).when().get("/children/{childRef}/ehc-plan-updates", "CR-540002").then().statusCode(404);
        send("POST", "/children/{childRef}/ehc-plan-updates", "{\"issuedOn\":\"2026-11-20\",\"noSocialCareNeeds\":false}",
                "CR-540002").statusCode(201).body("flags", hasSize(0));
        send("POST", "/children/{childRef}/ehc-plan-updates", "{\"issuedOn\":\"2026-11-26\",\"noSocialCareNeeds\":false}",
                "CR-540002").statusCode(400).body("type", equalTo("urn:redress:problem:validation"))
                .body("field", equalTo("issuedOn"));
    }

    @Test
    void completingTheAssessmentOfAChildWithoutAnEhcPlanSendsNoEhcUpdate() {
        String id = assessment("CR-540003", false);
        send("POST", "/assessments/{id}/completion", "{}", id).statusCode(200);
        CloudEventRecords.await(Topics.ASSESSMENTS, id, 2, WAIT);
        assertThat(ofType(CloudEventRecords.assertNoMore(Topics.ASSESSMENTS, id, 2, Duration.ofSeconds(2)), EHC_UPDATE))
                .isEmpty();
    }

    @Test
    void aChildsEhcPlanUpdatesAreReadOnlyByThoseWhoMayReadOneOfTheChildsAssessments() {
        String worker = AssessmentRequests.staffReference();
        String id = assessment("CR-540004", false);
        AssessmentRequests.assign(id, worker);
        send("POST", "/children/{childRef}/ehc-plan-updates", "{\"issuedOn\":\"2026-11-20\",\"noSocialCareNeeds\":false}",
                "CR-540004").statusCode(201);
        String path = "/children/{childRef}/ehc-plan-updates";

        // the child's assessment is carried out by the children's team, and the worker of another team assigned to it
        AssessmentRequests.inChildrensTeam(Roles.TEAM_MANAGER).when().get(path, "CR-540004").then().statusCode(200)
                .body("items", hasSize(1));
        Tokens.asTeamMember(Roles.SOCIAL_WORKER, worker, AssessmentRequests.ADULTS_TEAM).when().get(path, "CR-540004")
                .then().statusCode(200).body("items", hasSize(1));
        // another team with no part in any of the child's assessments: answered as for a child with no plan here
        for (String role : List.of(Roles.SOCIAL_WORKER, Roles.TEAM_MANAGER)) {
            Tokens.asTeamMember(role, AssessmentRequests.staffReference(), AssessmentRequests.ADULTS_TEAM).when()
                    .get(path, "CR-540004").then().statusCode(404).body("type", equalTo("urn:redress:problem:not-found"));
        }
    }

    @Test
    void aFlagAboutAnAssessmentTheCallerMayNotReadKeepsItsCodeButNotTheAssessmentsReference() {
        // the child has two open assessments, one with the children's team and one with the adults' team
        String referral = ReferralRequests.record("""
                {"childRef":"CR-540005","receivedDate":"2026-11-16","referrerType":"HEALTH","disabledChild":true}""")
                .statusCode(201).extract().path("id");
        String childrens = send("POST", "/referrals/{id}/decision", "{\"decision\":\"S17_ASSESSMENT\"}", referral)
                .statusCode(200).extract().path("assessmentId");
        String adults = send("POST", "/assessments", """
                {"referralId":"%s","assessmentType":"YOUNG_CARER","team":"ADULT_SOCIAL_CARE"}""".formatted(referral))
                .statusCode(201).extract().path("id");
        String childrensReference = Tokens.as(Roles.AUDITOR).when().get("/assessments/{id}", childrens).then()
                .extract().path("reference");
        String adultsReference = Tokens.as(Roles.AUDITOR).when().get("/assessments/{id}", adults).then()
                .extract().path("reference");
        String path = "/children/{childRef}/ehc-plan-updates";

        // recorded in the children's team: the plan contradicts both open assessments, but only its own is named
        List<String> named = send("POST", path, "{\"issuedOn\":\"2026-11-20\",\"noSocialCareNeeds\":true}", "CR-540005")
                .statusCode(201).extract().path("flags.about");
        assertThat(named).containsExactlyInAnyOrder(childrensReference, null);
        // read in the adults' team: the reverse
        named = Tokens.asTeamMember(Roles.TEAM_MANAGER, AssessmentRequests.staffReference(), AssessmentRequests.ADULTS_TEAM)
                .when().get(path, "CR-540005").then().statusCode(200).extract().path("items[0].flags.about");
        assertThat(named).containsExactlyInAnyOrder(adultsReference, null);
        // the auditor, who reads every assessment, sees both, and each team sees the flag on its own assessment
        named = Tokens.as(Roles.AUDITOR).when().get(path, "CR-540005").then().statusCode(200)
                .extract().path("items[0].flags.about");
        assertThat(named).containsExactlyInAnyOrder(childrensReference, adultsReference);
        Tokens.asTeamMember(Roles.TEAM_MANAGER, AssessmentRequests.staffReference(), AssessmentRequests.ADULTS_TEAM)
                .when().get("/assessments/{id}", adults).then().statusCode(200)
                .body("flags.code", hasItem("ehc-plan.no-social-care-needs-while-assessment-open"));
    }
}
