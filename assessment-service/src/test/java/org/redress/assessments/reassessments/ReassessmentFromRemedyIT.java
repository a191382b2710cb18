package org.redress.assessments.reassessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.redress.assessments.reassessments.ReassessmentRequests.assessmentsFor;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redress.contracts.Bounds;
import org.redress.contracts.Topics;
import org.redress.assessments.assessment.AssessmentRequests;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.CloudEventRecords;
import org.redress.testkit.OutgoingCloudEvent;
import org.redress.testkit.ReceivedCloudEvent;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A reassessment a remedy agreed keeps the remedy's own day and words (today: Wed 25 Nov 2026): the linked
 * assessment and its 45-working-day clock count from the day the remedy agreed it, not from the day the
 * request happened to be processed, and the conditions it is to be carried out under are on the assessment and
 * its timeline. A request published before the day was carried still starts on the day it is processed, and an
 * agreed day that cannot be true is dead-lettered like any other implausible value.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class ReassessmentFromRemedyIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FEWER_PROFESSIONALS = "Keep the children's contact with professionals to a minimum";
    private static final String NAMED_CONTACT = "One named contact for the family throughout: the team manager";

    @Test
    void aReassessmentAgreedFourWeeksAgoCountsFromTheDayItWasAgreed() {
        String remedyCaseId = UUID.randomUUID().toString();
        String action = UUID.randomUUID().toString();
        // agreed Wednesday 28 October 2026, four weeks before today
        publish(remedyCaseId, request(remedyCaseId, action, "CR-310001").put("agreedOn", "2026-10-28"));

        String id = await().atMost(WAIT).until(() -> assessmentsFor(action), ids -> ids.size() == 1).get(0);
        // 45 working days after Wed 28 Oct 2026, skipping Fri 25 Dec, Mon 28 Dec (Boxing Day substitute) and
        // Fri 1 Jan 2027: Monday 4 January 2027; by today 20 working days are used
        Tokens.as(Roles.REMEDY_OFFICER).when().get("/assessments/{id}", id).then()
                .statusCode(200)
                .body("startDate", equalTo("2026-10-28"))
                .body("clock.start", equalTo("2026-10-28"))
                .body("clock.dueDate", equalTo("2027-01-04"))
                .body("clock.daysUsed", equalTo(20))
                .body("clock.state", equalTo("ON_TRACK"))
                .body("timeline[0].what", equalTo("OPENED"))
                .body("timeline[0].on", equalTo("2026-10-28"))
                .body("remedy.remedyDueDate", equalTo("2026-12-23"));
        ReceivedCloudEvent opened = CloudEventRecords.await(Topics.ASSESSMENTS, id, 1, WAIT).get(0);
        assertThat(opened.dataJson().path("startDate").asText()).isEqualTo("2026-10-28");
        assertThat(opened.dataJson().path("dueDate").asText()).isEqualTo("2027-01-04");
    }

    @Test
    void aRequestPublishedBeforeTheAgreedDayWasCarriedStartsOnTheDayItIsProcessed() {
        String remedyCaseId = UUID.randomUUID().toString();
        String action = UUID.randomUUID().toString();
        publish(remedyCaseId, request(remedyCaseId, action, "CR-310002"));

        String id = await().atMost(WAIT).until(() -> assessmentsFor(action), ids -> ids.size() == 1).get(0);
        // 45 working days after Wed 25 Nov 2026: Monday 1 February 2027
        Tokens.as(Roles.REMEDY_OFFICER).when().get("/assessments/{id}", id).then()
                .statusCode(200)
                .body("startDate", equalTo("2026-11-25"))
                .body("clock.dueDate", equalTo("2027-02-01"))
                .body("conditions", equalTo(List.of()));
    }

    @Test
    void theConditionsTheRemedyAgreedAreOnTheAssessmentAndItsTimeline() {
        String remedyCaseId = UUID.randomUUID().toString();
        String action = UUID.randomUUID().toString();
        ObjectNode request = request(remedyCaseId, action, "CR-310003").put("agreedOn", "2026-11-20");
        request.putArray("conditions").add(FEWER_PROFESSIONALS).add(NAMED_CONTACT);
        publish(remedyCaseId, request);

        String id = await().atMost(WAIT).until(() -> assessmentsFor(action), ids -> ids.size() == 1).get(0);
        AssessmentRequests.inChildrensTeam(Roles.SOCIAL_WORKER).when().get("/assessments/{id}", id).then()
                .statusCode(200)
                .body("conditions", contains(FEWER_PROFESSIONALS, NAMED_CONTACT))
                .body("timeline.what", contains("OPENED", "CONDITION_ADDED", "CONDITION_ADDED"))
                .body("timeline.on", contains("2026-11-20", "2026-11-20", "2026-11-20"))
                .body("timeline[1].about", equalTo(FEWER_PROFESSIONALS))
                .body("timeline[2].about", equalTo(NAMED_CONTACT))
                .body("timeline[2].recordedBy", equalTo("system:assessments.reassessment-requests"));
        // the conditions are the remedy's narrative: the opened event carries none of it
        ReceivedCloudEvent opened = CloudEventRecords.await(Topics.ASSESSMENTS, id, 1, WAIT).get(0);
        assertThat(opened.dataJson().toString()).doesNotContain("professionals").doesNotContain("named contact");
    }

    @Test
    void anAgreedDayInTheFutureIsDeadLetteredAndOpensNothing() {
        assertDeadLettered(request(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "CR-310004")
                .put("agreedOn", "2026-11-26"), "agreedOn");
    }

    @Test
    void anAgreedDayBeforeAnyCaseRedressRecordsIsDeadLetteredAndOpensNothing() {
        assertDeadLettered(request(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "CR-310005")
                .put("agreedOn", "1999-12-31"), "agreedOn");
    }

    @Test
    void aConditionLongerThanAnyNarrativeIsDeadLetteredAndOpensNothing() {
        ObjectNode request = request(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "CR-310006")
                .put("agreedOn", "2026-11-20");
        request.putArray("conditions").add(NAMED_CONTACT).add("c".repeat(Bounds.MAX_NARRATIVE_LENGTH + 1));
        assertDeadLettered(request, "conditions[1]");
    }

    @Test
    void moreConditionsThanAListHoldsAreDeadLetteredAndOpenNothing() {
        ObjectNode request = request(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "CR-310007");
        var conditions = request.putArray("conditions");
        for (int i = 0; i <= Bounds.MAX_LIST_SIZE; i++) {
            conditions.add("condition " + i);
        }
        assertDeadLettered(request, "conditions");
    }

    private static void assertDeadLettered(ObjectNode request, String field) {
        ReassessmentRequests.assertDeadLettered(request, "event.implausible-value: " + field);
    }

    private static ObjectNode request(String remedyCaseId, String actionId, String childRef) {
        return JSON.createObjectNode().put("remedyCaseId", remedyCaseId).put("reference", ReassessmentRequests.REMEDY_REFERENCE)
                .put("actionId", actionId).put("complaintId", "3f7c2a9e-1b4d-4c55-9a63-0d2f8e6b7a10")
                .put("childRef", childRef).put("dueDate", "2026-12-23");
    }

    private static OutgoingCloudEvent publish(String remedyCaseId, JsonNode data) {
        return ReassessmentRequests.publish(remedyCaseId, data.toString());
    }
}
