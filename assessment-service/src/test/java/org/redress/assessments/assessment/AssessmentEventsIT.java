package org.redress.assessments.assessment;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Each assessment event is emitted once, through the outbox, by the use case that causes it (today: 25 Nov 2026). */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class AssessmentEventsIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration QUIET = Duration.ofSeconds(2);

    private static ValidatableResponse send(String method, String path, String body, Object id) {
        var request = AssessmentRequests.inChildrensTeam(Roles.SOCIAL_WORKER).contentType(ContentType.JSON).body(body).when();
        return (method.equals("PUT") ? request.put(path, id) : request.post(path, id)).then();
    }

    private static List<String> types(List<ReceivedCloudEvent> events) {
        return events.stream().map(ReceivedCloudEvent::type).toList();
    }

    @Test
    void aReferralDecisionIsAnnouncedOnceWithItsClockAndTheAssessmentItOpened() {
        String referral = ReferralRequests.recordAndGetId(LocalDate.of(2026, 11, 24));
        String assessment = send("POST", "/referrals/{id}/decision", "{\"decision\":\"S17_ASSESSMENT\"}", referral)
                .statusCode(200).extract().path("assessmentId");

        CloudEventRecords.await(Topics.ASSESSMENTS, referral, 2, WAIT);
        List<ReceivedCloudEvent> events = CloudEventRecords.assertNoMore(Topics.ASSESSMENTS, referral, 2, QUIET);
        assertThat(types(events)).containsExactly("org.redress.assessment.referral-received.v1",
                "org.redress.assessment.referral-decided.v1");
        JsonNode decided = events.get(1).dataJson();
        assertThat(decided.path("decision").asText()).isEqualTo("S17_ASSESSMENT");
        assertThat(decided.path("decidedOn").asText()).isEqualTo("2026-11-25");
        assertThat(decided.path("dueDate").asText()).isEqualTo("2026-11-25");
        assertThat(decided.path("decidedInTime").asBoolean()).isTrue();
        assertThat(decided.path("assessmentId").asText()).isEqualTo(assessment);
    }
}
