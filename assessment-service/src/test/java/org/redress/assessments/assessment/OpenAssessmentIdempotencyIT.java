package org.redress.assessments.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

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

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * A social worker whose connection drops after opening an assessment retries with the same
 * Idempotency-Key: the family gets one assessment and one clock, not two, and the council's systems
 * hear of it once.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class OpenAssessmentIdempotencyIT {

    private static ValidatableResponse open(String key, String body) {
        return AssessmentRequests.inChildrensTeam(Roles.SOCIAL_WORKER).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/assessments").then();
    }

    private static String parentCarerAssessmentOf(String referral) {
        return """
                {"referralId":"%s","assessmentType":"PARENT_CARER"}""".formatted(referral);
    }

    @Test
    void aRetryReplaysTheFirstResponseAndOpensOneAssessmentAnnouncedOnce() {
        String referral = ReferralRequests.recordAndGetId(LocalDate.of(2026, 11, 20));
        String key = "assessment-" + System.nanoTime();
        String first = open(key, parentCarerAssessmentOf(referral)).statusCode(201).extract().path("id");
        String second = open(key, parentCarerAssessmentOf(referral))
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("assessmentType", equalTo("PARENT_CARER"))
                .extract().path("id");

        assertThat(second).isEqualTo(first);
        CloudEventRecords.await(Topics.ASSESSMENTS, first, 1, Duration.ofSeconds(20));
        List<ReceivedCloudEvent> events = CloudEventRecords.assertNoMore(Topics.ASSESSMENTS, first, 1,
                Duration.ofSeconds(2));
        assertThat(events).singleElement()
                .satisfies(event -> assertThat(event.type()).isEqualTo("org.redress.assessment.opened.v1"));
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndOpensNothingMore() {
        String referral = ReferralRequests.recordAndGetId(LocalDate.of(2026, 11, 20));
        String other = ReferralRequests.recordAndGetId(LocalDate.of(2026, 11, 23));
        String key = "assessment-" + System.nanoTime();
        open(key, parentCarerAssessmentOf(referral)).statusCode(201);
        open(key, parentCarerAssessmentOf(other))
                .statusCode(422)
                .body("type", equalTo("urn:redress:problem:idempotency-key-reused"));
    }
}
