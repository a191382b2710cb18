package org.redress.assessments.reassessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.redress.assessments.reassessments.ReassessmentRequests.REMEDY_REFERENCE;
import static org.redress.assessments.reassessments.ReassessmentRequests.SOURCE;
import static org.redress.assessments.reassessments.ReassessmentRequests.assessmentsFor;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redress.contracts.Topics;
import org.redress.contracts.events.EventType;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.CloudEventPublisher;
import org.redress.testkit.CloudEventRecords;
import org.redress.testkit.OutgoingCloudEvent;
import org.redress.testkit.ReceivedCloudEvent;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The same reassessment request delivered twice opens one assessment and announces it once, and
 * the consumer keeps working: a later, different request still opens its own assessment. Without
 * the processed-message check the redelivery would hit the (action, child) unique constraint,
 * fail every retry and stop the consumer, so the last assertions would fail.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class ReassessmentRequestedDeduplicationIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aRedeliveredReassessmentRequestOpensOneAssessment() {
        String remedyCaseId = UUID.randomUUID().toString();
        String firstAction = UUID.randomUUID().toString();
        OutgoingCloudEvent requested = new OutgoingCloudEvent(UUID.randomUUID().toString(),
                EventType.REASSESSMENT_REQUESTED.ceType(), SOURCE, REMEDY_REFERENCE, OffsetDateTime.now(ZoneOffset.UTC),
                reassessmentRequested(remedyCaseId, firstAction, "CR-300001"));
        CloudEventPublisher.publish(Topics.REMEDIES, remedyCaseId, requested);
        CloudEventPublisher.publish(Topics.REMEDIES, remedyCaseId, requested);

        String secondAction = UUID.randomUUID().toString();
        publishNew(remedyCaseId, reassessmentRequested(remedyCaseId, secondAction, "CR-300002"));

        String first = await().atMost(WAIT).until(() -> assessmentsFor(firstAction), ids -> ids.size() == 1).get(0);
        String second = await().atMost(WAIT).until(() -> assessmentsFor(secondAction), ids -> ids.size() == 1).get(0);
        assertThat(second).isNotEqualTo(first);

        ReceivedCloudEvent opened = CloudEventRecords.await(Topics.ASSESSMENTS, first, 1, WAIT).get(0);
        assertThat(opened.type()).isEqualTo("org.redress.assessment.opened.v1");
        assertThat(opened.source()).isEqualTo("urn:redress:assessment-service");
        JsonNode data = opened.dataJson();
        assertThat(data.path("assessmentId").asText()).isEqualTo(first);
        assertThat(opened.subject()).isEqualTo(data.path("reference").asText()).matches("ASM-2026-\\d{6}-\\d");
        assertThat(data.path("childRef").asText()).isEqualTo("CR-300001");
        assertThat(data.path("assessmentType").asText()).isEqualTo("CHILD_IN_NEED");
        assertThat(data.path("remedyCaseId").asText()).isEqualTo(remedyCaseId);
        assertThat(data.path("remedyActionId").asText()).isEqualTo(firstAction);
        assertThat(data.path("startDate").asText()).isEqualTo("2026-11-25");
        // 45 working days after Wed 25 Nov 2026, skipping 25 Dec, Mon 28 Dec (Boxing Day substitute)
        // and 1 Jan 2027: Monday 1 Feb 2027
        assertThat(data.path("dueDate").asText()).isEqualTo("2027-02-01");
        CloudEventRecords.assertNoMore(Topics.ASSESSMENTS, first, 1, Duration.ofSeconds(2));
        CloudEventRecords.await(Topics.ASSESSMENTS, second, 1, WAIT);

        // and it stays at one: the duplicate had no late effect either
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> assessmentsFor(firstAction), ids -> ids.size() == 1);
    }

    @Test
    void showsTheAssessmentWithItsClockAndRemedyLink() {
        String remedyCaseId = UUID.randomUUID().toString();
        String action = UUID.randomUUID().toString();
        publishNew(remedyCaseId, reassessmentRequested(remedyCaseId, action, "CR-300003"));
        String id = await().atMost(WAIT).until(() -> assessmentsFor(action), ids -> ids.size() == 1).get(0);

        Tokens.as(Roles.REMEDY_OFFICER).when().get("/assessments/{id}", id).then()
                .statusCode(200)
                .body("childRef", equalTo("CR-300003"))
                .body("assessmentType", equalTo("CHILD_IN_NEED"))
                .body("startDate", equalTo("2026-11-25"))
                .body("clock.dueDate", equalTo("2027-02-01"))
                .body("clock.state", equalTo("ON_TRACK"))
                .body("remedy.remedyCaseId", equalTo(remedyCaseId))
                .body("remedy.remedyReference", equalTo(REMEDY_REFERENCE))
                .body("remedy.actionId", equalTo(action))
                .body("remedy.remedyDueDate", equalTo("2026-12-23"));
        Tokens.as(Roles.REMEDY_OFFICER).when().get("/assessments/{id}", UUID.randomUUID()).then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theSameActionAnnouncedAgainUnderANewEventIdStillOpensOneAssessment() {
        String remedyCaseId = UUID.randomUUID().toString();
        String action = UUID.randomUUID().toString();
        publishNew(remedyCaseId, reassessmentRequested(remedyCaseId, action, "CR-300004"));
        publishNew(remedyCaseId, reassessmentRequested(remedyCaseId, action, "CR-300004"));
        String marker = UUID.randomUUID().toString();
        publishNew(remedyCaseId, reassessmentRequested(remedyCaseId, marker, "CR-300005"));

        // events of one remedy case are consumed in order: once the marker is applied, both
        // announcements of the action have been too
        await().atMost(WAIT).until(() -> assessmentsFor(marker), ids -> ids.size() == 1);
        List<String> opened = assessmentsFor(action);
        assertThat(opened).hasSize(1);
        CloudEventRecords.await(Topics.ASSESSMENTS, opened.get(0), 1, WAIT);
        CloudEventRecords.assertNoMore(Topics.ASSESSMENTS, opened.get(0), 1, Duration.ofSeconds(2));
    }

    @Test
    void anUnusableRequestIsSkippedAndTheNextOneIsStillApplied() {
        String remedyCaseId = UUID.randomUUID().toString();
        String badAction = UUID.randomUUID().toString();
        publishNew(remedyCaseId, reassessmentRequested(remedyCaseId, badAction, "no good!"));
        publishNew(remedyCaseId, "{\"remedyCaseId\":\"not-a-uuid\"}");
        String goodAction = UUID.randomUUID().toString();
        publishNew(remedyCaseId, reassessmentRequested(remedyCaseId, goodAction, "CR-300006"));

        await().atMost(WAIT).until(() -> assessmentsFor(goodAction), ids -> ids.size() == 1);
        assertThat(assessmentsFor(badAction)).isEmpty();
    }

    @Test
    void readsARequestThatCarriesFieldsAddedAfterThisServiceWasBuilt() {
        String remedyCaseId = UUID.randomUUID().toString();
        String action = UUID.randomUUID().toString();
        // a compatible addition to the .v1 payload must not make the event unreadable here
        publishNew(remedyCaseId, reassessmentRequested(remedyCaseId, action, "CR-300007")
                .replace("\"dueDate\"", "\"conditionCodes\":[\"NAMED_CONTACT\"],\"dueDate\""));

        await().atMost(WAIT).until(() -> assessmentsFor(action), ids -> ids.size() == 1);
    }

    private static void publishNew(String remedyCaseId, String data) {
        ReassessmentRequests.publish(remedyCaseId, data);
    }

    private static String reassessmentRequested(String remedyCaseId, String actionId, String childRef) {
        return """
                {"remedyCaseId":"%s","reference":"%s","actionId":"%s",
                 "complaintId":"3f7c2a9e-1b4d-4c55-9a63-0d2f8e6b7a10","childRef":"%s","dueDate":"2026-12-23"}"""
                .formatted(remedyCaseId, REMEDY_REFERENCE, actionId, childRef);
    }
}
