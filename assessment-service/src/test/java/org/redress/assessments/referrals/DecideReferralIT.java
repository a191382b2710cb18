package org.redress.assessments.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.redress.assessments.assessment.AssessmentRequests;
import org.redress.contracts.Topics;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.CloudEventRecords;
import org.redress.testkit.ReceivedCloudEvent;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The decision on a referral's type of response, over HTTP (today is Wednesday 25 Nov 2026). */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class DecideReferralIT {

    static ValidatableResponse decide(String referralId, String decision) {
        return Tokens.as(Roles.SOCIAL_WORKER).contentType(ContentType.JSON)
                .body("{\"decision\":\"%s\"}".formatted(decision))
                .when().post("/referrals/{id}/decision", referralId).then();
    }

    static String disabledChildReferral(LocalDate received) {
        return """
                {"childRef":"CR-410001","receivedDate":"%s","referrerType":"HEALTH","disabledChild":true,
                 "reason":"CHILD_DISABILITY_OR_ILLNESS"}""".formatted(received);
    }

    @Test
    void anS17DecisionTheDayAfterReceiptMeetsTheClockAndOpensAnAssessmentFromTheReferralDate() {
        // received Tuesday 24 Nov 2026, decided Wednesday 25: on time
        String referral = ReferralRequests.record(disabledChildReferral(LocalDate.of(2026, 11, 24)))
                .statusCode(201)
                .body("disabledChild", equalTo(true))
                .body("reason", equalTo("CHILD_DISABILITY_OR_ILLNESS"))
                .extract().path("id");
        String assessment = decide(referral, "S17_ASSESSMENT")
                .statusCode(200)
                .body("decision", equalTo("S17_ASSESSMENT"))
                .body("decisionClock.state", equalTo("MET"))
                .body("assessmentId", notNullValue())
                .extract().path("assessmentId");

        AssessmentRequests.inChildrensTeam(Roles.SOCIAL_WORKER).when().get("/assessments/{id}", assessment).then()
                .statusCode(200)
                .body("assessmentType", equalTo("CHILD_IN_NEED"))
                .body("referralId", equalTo(referral))
                .body("disabledChild", equalTo(true))
                // day 0 is the referral, not the decision
                .body("startDate", equalTo("2026-11-24"))
                .body("clock.dueDate", equalTo("2027-01-29"));
        ReceivedCloudEvent opened = CloudEventRecords.await(Topics.ASSESSMENTS, assessment, 1, Duration.ofSeconds(20))
                .get(0);
        assertThat(opened.type()).isEqualTo("org.redress.assessment.opened.v1");
        assertThat(opened.dataJson().path("startDate").asText()).isEqualTo("2026-11-24");
    }

    @Test
    void aDecisionAfterTheWorkingDayMissesTheClockAndNoFurtherActionOpensNothing() {
        String referral = ReferralRequests.recordAndGetId(LocalDate.of(2026, 11, 20));
        decide(referral, "NO_FURTHER_ACTION")
                .statusCode(200)
                .body("decisionClock.state", equalTo("MISSED"))
                .body("assessmentId", nullValue());
    }

    @Test
    void anEarlyHelpDecisionOpensAnEarlyHelpAssessmentFromTheReferralDateAndAnnouncesIt() {
        String referral = ReferralRequests.recordAndGetId(LocalDate.of(2026, 11, 24));
        String assessment = decide(referral, "EARLY_HELP")
                .statusCode(200)
                .body("decision", equalTo("EARLY_HELP"))
                .body("assessmentId", notNullValue())
                .extract().path("assessmentId");

        AssessmentRequests.inChildrensTeam(Roles.SOCIAL_WORKER).when().get("/assessments/{id}", assessment).then()
                .statusCode(200)
                .body("assessmentType", equalTo("EARLY_HELP"))
                .body("referralId", equalTo(referral))
                .body("startDate", equalTo("2026-11-24"));
        ReceivedCloudEvent opened = CloudEventRecords.await(Topics.ASSESSMENTS, assessment, 1, Duration.ofSeconds(20))
                .get(0);
        assertThat(opened.type()).isEqualTo("org.redress.assessment.opened.v1");
        assertThat(opened.dataJson().path("assessmentType").asText()).isEqualTo("EARLY_HELP");
    }

    @Test
    void theReferralCarriesItsVersionAndEveryAnswerTagsItWithIt() {
        var recorded = ReferralRequests.record(ReferralRequests.referralReceivedOn(LocalDate.of(2026, 11, 25)))
                .statusCode(201).extract();
        String referral = recorded.path("id");
        assertThat(recorded.header("ETag")).isEqualTo("\"" + recorded.path("version") + "\"");

        var decided = decide(referral, "NO_FURTHER_ACTION").statusCode(200).extract();
        assertThat(decided.header("ETag")).isEqualTo("\"" + decided.path("version") + "\"")
                .isNotEqualTo(recorded.header("ETag"));
        Tokens.as(Roles.AUDITOR).when().get("/referrals/{id}", referral).then().statusCode(200)
                .header("ETag", equalTo(decided.header("ETag")));
    }

    @Test
    void aSecondDecisionIsAConflictNamingTheRule() {
        String referral = ReferralRequests.recordAndGetId(LocalDate.of(2026, 11, 25));
        decide(referral, "NO_FURTHER_ACTION").statusCode(200);
        decide(referral, "S17_ASSESSMENT")
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:redress:problem:referral.already-decided"));
    }

    @Test
    void anIntegrationClientRecordsReferralsButDoesNotDecideThem() {
        String referral = ReferralRequests.recordAndGetId(LocalDate.of(2026, 11, 25));
        Tokens.as(Roles.INTEGRATION_CLIENT).contentType(ContentType.JSON).body("{\"decision\":\"EARLY_HELP\"}")
                .when().post("/referrals/{id}/decision", referral).then().statusCode(403);
    }
}
