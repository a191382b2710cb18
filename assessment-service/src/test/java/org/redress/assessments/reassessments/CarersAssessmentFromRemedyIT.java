package org.redress.assessments.reassessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.redress.assessments.assessment.AssessmentRequests.complete;
import static org.redress.assessments.reassessments.ReassessmentRequests.assessmentsFor;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redress.contracts.Topics;
import org.redress.assessments.assessment.AssessmentRequests;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.CloudEventRecords;
import org.redress.testkit.ReceivedCloudEvent;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A remedy may agree a carer's assessment of a carer it names (a parent carer, Children Act 1989 s17ZD, or a young
 * carer, s17ZA): assessment-service opens an assessment of that type for that carer, linked to the remedy action
 * exactly as a child's reassessment is, so that completing it reports back to the action; a request that names no
 * carer, or names one by a malformed reference, is dead-lettered naming the rule (today: Wed 25 Nov 2026).
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class CarersAssessmentFromRemedyIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NAMED_CONTACT = "One named contact for the family throughout: the team manager";

    @Test
    void aParentCarersAssessmentIsOpenedForTheCarerNamedAndReportsBackToTheRemedyAction() {
        String remedyCaseId = UUID.randomUUID().toString();
        String action = UUID.randomUUID().toString();
        ObjectNode request = request(remedyCaseId, action, "PARENT_CARER").put("carerRef", "AR-220871")
                .put("agreedOn", "2026-10-28");
        request.putArray("conditions").add(NAMED_CONTACT);
        ReassessmentRequests.publish(request);

        String id = await().atMost(WAIT).until(() -> assessmentsFor(action), ids -> ids.size() == 1).get(0);
        // 45 working days after Wed 28 Oct 2026 (as ReassessmentFromRemedyIT counts them): Monday 4 January 2027
        AssessmentRequests.inChildrensTeam(Roles.SOCIAL_WORKER).when().get("/assessments/{id}", id).then()
                .statusCode(200)
                .body("assessmentType", equalTo("PARENT_CARER"))
                .body("carerRef", equalTo("AR-220871"))
                .body("childRef", equalTo("CR-320001"))
                .body("team", equalTo("CHILDRENS_SOCIAL_CARE"))
                .body("startDate", equalTo("2026-10-28"))
                .body("clock.dueDate", equalTo("2027-01-04"))
                .body("conditions", contains(NAMED_CONTACT))
                .body("remedy.remedyCaseId", equalTo(remedyCaseId))
                .body("remedy.actionId", equalTo(action))
                .body("remedy.remedyDueDate", equalTo("2026-12-23"));
        JsonNode opened = CloudEventRecords.await(Topics.ASSESSMENTS, id, 1, WAIT).get(0).dataJson();
        assertThat(opened.path("assessmentType").asText()).isEqualTo("PARENT_CARER");
        assertThat(opened.path("remedyActionId").asText()).isEqualTo(action);

        complete(id, "{\"completedOn\":\"2026-11-24\"}").statusCode(200);
        List<ReceivedCloudEvent> events = CloudEventRecords.await(Topics.ASSESSMENTS, id, 2, WAIT);
        assertThat(events.get(1).type()).isEqualTo("org.redress.assessment.completed.v1");
        JsonNode completed = events.get(1).dataJson();
        assertThat(completed.path("assessmentType").asText()).isEqualTo("PARENT_CARER");
        assertThat(completed.path("remedyCaseId").asText()).isEqualTo(remedyCaseId);
        assertThat(completed.path("remedyActionId").asText()).isEqualTo(action);
        assertThat(completed.path("completedInTime").asBoolean()).isTrue();
    }

    @Test
    void aYoungCarersAssessmentIsOpenedOfItsOwnType() {
        String remedyCaseId = UUID.randomUUID().toString();
        String action = UUID.randomUUID().toString();
        ReassessmentRequests.publish(request(remedyCaseId, action, "YOUNG_CARER").put("carerRef", "CR-320099"));

        String id = await().atMost(WAIT).until(() -> assessmentsFor(action), ids -> ids.size() == 1).get(0);
        Tokens.as(Roles.REMEDY_OFFICER).when().get("/assessments/{id}", id).then()
                .statusCode(200)
                .body("assessmentType", equalTo("YOUNG_CARER"))
                .body("carerRef", equalTo("CR-320099"))
                .body("remedy.actionId", equalTo(action));
    }

    @Test
    void aCarersAssessmentThatNamesNoCarerIsDeadLetteredNamingTheRule() {
        ReassessmentRequests.assertDeadLettered(
                request(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "YOUNG_CARER"),
                "reassessment.carer-ref-missing: carerRef");
    }

    @Test
    void aCarersAssessmentThatNamesTheCarerByAMalformedReferenceIsDeadLetteredNamingTheRule() {
        ReassessmentRequests.assertDeadLettered(
                request(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "PARENT_CARER")
                        .put("carerRef", "Jane Smith"),
                "reassessment.carer-ref-invalid: carerRef");
    }

    private static ObjectNode request(String remedyCaseId, String actionId, String assessmentType) {
        return JSON.createObjectNode().put("remedyCaseId", remedyCaseId)
                .put("reference", ReassessmentRequests.REMEDY_REFERENCE).put("actionId", actionId)
                .put("complaintId", "3f7c2a9e-1b4d-4c55-9a63-0d2f8e6b7a10").put("childRef", "CR-320001")
                .put("dueDate", "2026-12-23").put("assessmentType", assessmentType);
    }

}
