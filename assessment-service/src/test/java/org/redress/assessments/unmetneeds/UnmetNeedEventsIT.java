package org.redress.assessments.unmetneeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.redress.assessments.referrals.ReferralRequests;
import org.redress.contracts.Topics;
import org.redress.assessments.assessment.AssessmentRequests;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.CloudEventRecords;
import org.redress.testkit.ReceivedCloudEvent;
import org.redress.testkit.RedressTestResources;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Each unmet need event, and a prompted carer assessment, is emitted once, through the outbox (today: 25 Nov 2026). */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class UnmetNeedEventsIT {

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
    void anUnmetNeedIsAnnouncedOnceWhenOpenedAndOnceWhenClosedAndAPromptedCarerAssessmentOnce() {
        String referral = ReferralRequests.recordAndGetId(LocalDate.of(2026, 11, 2));
        String id = send("POST", "/referrals/{id}/decision", "{\"decision\":\"S17_ASSESSMENT\"}", referral)
                .statusCode(200).extract().path("assessmentId");
        send("PUT", "/assessments/{id}/needs", """
                {"code":"N1","area":"HEALTH","eligible":true,"criteriaScore":12,"wayMet":"NOT_MET",
                 "reason":"Needs weekly physiotherapy at home; provider being commissioned"}""", id).statusCode(200);
        send("POST", "/assessments/{id}/completion", """
                {"caringFamilyMembers":[{"relationship":"SIBLING"}]}""", id).statusCode(200);
        send("POST", "/assessments/{id}/provision", """
                {"needCode":"N1","kind":"SERVICE","weeklyAmountPence":9000,
                 "shouldHaveStarted":"2026-11-25","startedOn":"2026-11-25"}""", id).statusCode(200);

        CloudEventRecords.await(Topics.ASSESSMENTS, id, 6, WAIT);
        List<ReceivedCloudEvent> events = CloudEventRecords.assertNoMore(Topics.ASSESSMENTS, id, 6, QUIET);
        assertThat(types(events)).containsExactly("org.redress.assessment.opened.v1",
                "org.redress.assessment.completed.v1", "org.redress.assessment.unmet-need-opened.v1",
                "org.redress.assessment.carer-assessment-prompted.v1", "org.redress.assessment.provision-started.v1",
                "org.redress.assessment.unmet-need-closed.v1");
        JsonNode opened = events.get(2).dataJson();
        assertThat(opened.path("needCode").asText()).isEqualTo("N1");
        assertThat(opened.path("area").asText()).isEqualTo("HEALTH");
        assertThat(opened.path("resourceLedReason").asBoolean()).isFalse();
        JsonNode prompted = events.get(3).dataJson();
        assertThat(prompted.path("relationship").asText()).isEqualTo("SIBLING");
        assertThat(prompted.path("assessmentType").asText()).isEqualTo("YOUNG_CARER");
        JsonNode closed = events.get(5).dataJson();
        assertThat(closed.path("openedOn").asText()).isEqualTo("2026-11-25");
        assertThat(closed.path("closedOn").asText()).isEqualTo("2026-11-25");
    }
}
