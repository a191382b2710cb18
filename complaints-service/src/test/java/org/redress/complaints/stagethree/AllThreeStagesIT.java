package org.redress.complaints.stagethree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.redress.complaints.ComplaintRequests.post;
import static org.redress.complaints.ComplaintRequests.postAsStaff;
import static org.redress.complaints.intake.IntakeRequests.registerAbout;
import static org.redress.complaints.stageone.StageOneRequests.FINDINGS_UPHELD;
import static org.redress.complaints.stageone.StageOneRequests.respond;
import static org.redress.complaints.stagetwo.StageTwoRequests.investigated;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.redress.contracts.Topics;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.CloudEventRecords;
import org.redress.testkit.ReceivedCloudEvent;
import org.redress.testkit.RedressTestResources;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A complaint through all three stages and the Ombudsman, end to end through HTTP, PostgreSQL and Kafka. */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class AllThreeStagesIT {

    @Test
    void aComplaintGoesThroughAllThreeStagesOnTimeAndEachDecisionSendsItsActions() {
        String id = registerAbout("[\"CARER_ASSESSMENT\"]");
        respond(id, FINDINGS_UPHELD, "[{\"actionRef\":\"A1\",\"type\":\"APOLOGY\",\"period\":\"P4W\"}]")
                .statusCode(200).body("stageOneClock.state", equalTo("MET"));
        investigated(id);
        postAsStaff(Roles.ADJUDICATING_OFFICER, "AO-0107", "/stage-2/adjudication", id, """
                {"decidedOn":"2026-02-27","findings":%s,
                 "recommendations":[{"reference":"R1","accepted":true},{"reference":"R2","accepted":false,"rejectionReason":"Already done"}],
                 "actions":[{"actionRef":"A1","type":"PAYMENT","period":"P1M","amountPence":30000,"owner":"Finance team"}]}"""
                .formatted(FINDINGS_UPHELD))
                .statusCode(200).body("clocks.STAGE_2.state", equalTo("MET"));
        post(Roles.COMPLAINTS_OFFICER, "/stage-3/request", id, "{\"requestedOn\":\"2026-03-09\"}").statusCode(200)
                .body("state", equalTo("STAGE_3_REQUESTED"));
        post(Roles.COMPLAINTS_MANAGER, "/stage-3/panel", id, """
                {"heldOn":"2026-04-01","members":[{"reference":"PM-7","chair":true,"independentOfCouncil":true},
                 {"reference":"PM-11","independentOfCouncil":true},{"reference":"IP-0042","independentOfCouncil":true}]}""")
                .statusCode(422).body("type", equalTo("urn:redress:problem:stage-three.stage-two-independent-person-on-panel"));
        post(Roles.COMPLAINTS_MANAGER, "/stage-3/panel", id, """
                {"heldOn":"2026-04-01","members":[{"reference":"PM-7","chair":true,"independentOfCouncil":true},
                 {"reference":"PM-11","independentOfCouncil":true},{"reference":"PM-19","independentOfCouncil":true}]}""")
                .statusCode(200).body("clocks.STAGE_3_PANEL.state", equalTo("MET"));
        post(Roles.COMPLAINTS_MANAGER, "/stage-3/report", id, "{\"reportOn\":\"2026-04-07\"}").statusCode(200)
                .body("clocks.STAGE_3_REPORT.state", equalTo("MET"));
        post(Roles.COMPLAINTS_MANAGER, "/stage-3/response", id, """
                {"decidedOn":"2026-04-20","recommendations":[{"reference":"P1","accepted":true}],
                 "actions":[{"actionRef":"A1","type":"SERVICE_IMPROVEMENT","period":"P3M","theme":"CARER_ASSESSMENTS",
                             "conditions":["Train every duty team"]}]}""")
                .statusCode(200)
                .body("state", equalTo("STAGE_3_RESPONDED"))
                .body("clocks.STAGE_3_RESPONSE.state", equalTo("MET"));

        post(Roles.COMPLAINTS_MANAGER, "/ombudsman", id, """
                {"reference":"25 001 234","decisionDate":"2026-09-30","finding":"FAULT_CAUSING_INJUSTICE",
                 "actions":[{"actionRef":"A1","type":"PAYMENT","period":"P1M","amountPence":50000,
                             "description":"A payment for the distress caused by the delay"}]}""")
                .statusCode(200).body("ombudsman.reference", equalTo("25 001 234"));

        List<ReceivedCloudEvent> events = CloudEventRecords.await(Topics.COMPLAINTS, id, 13, Duration.ofSeconds(20));
        List<JsonNode> agreed = events.stream().filter(e -> e.type().equals("org.redress.complaint.actions-agreed.v1"))
                .map(ReceivedCloudEvent::dataJson).toList();
        assertThat(agreed).extracting(e -> e.path("source").asText()).containsExactly("STAGE_1", "STAGE_2", "STAGE_3", "OMBUDSMAN");
        // each decision's action in its own words: the adjudication's owner, the panel response's condition, the Ombudsman's description
        assertThat(agreed.get(1).at("/actions/0/owner").asText()).isEqualTo("Finance team");
        assertThat(agreed.get(2).at("/actions/0/conditions/0").asText()).isEqualTo("Train every duty team");
        assertThat(agreed.get(3).at("/actions/0/description").asText()).isEqualTo("A payment for the distress caused by the delay");
        CloudEventRecords.assertNoMore(Topics.COMPLAINTS, id, 13, Duration.ofSeconds(2));
    }
}
