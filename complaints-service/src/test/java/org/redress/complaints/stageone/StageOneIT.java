package org.redress.complaints.stageone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.redress.complaints.ComplaintRequests.get;
import static org.redress.complaints.ComplaintRequests.post;
import static org.redress.complaints.intake.IntakeRequests.registerAbout;
import static org.redress.complaints.stageone.StageOneRequests.FINDINGS_UPHELD;
import static org.redress.complaints.stageone.StageOneRequests.respond;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.redress.contracts.Topics;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.CloudEventRecords;
import org.redress.testkit.ReceivedCloudEvent;
import org.redress.testkit.RedressTestResources;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Stage 1 (local resolution) through HTTP, PostgreSQL and Kafka. */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class StageOneIT {

    @Test
    void refusesAPointWithFaultAcceptedButNotUpheld() {
        String id = registerAbout("[\"ASSESSMENT\"]");
        respond(id, """
                [{"point":1,"finding":"NOT_UPHELD","faultAccepted":true},{"point":2,"finding":"UPHELD"}]""", "[]")
                .statusCode(422)
                .body("type", equalTo("urn:redress:problem:finding.fault-accepted-not-upheld"))
                .body("field", equalTo("findings"));
        get(id).body("state", equalTo("STAGE_1_OPEN"));
    }

    @Test
    void aResponseMeetsTheClockAndSendsTheAgreedActionsToRemedies() {
        String id = registerAbout("[\"SHORT_BREAKS\"]");
        respond(id, FINDINGS_UPHELD, """
                [{"actionRef":"A1","type":"APOLOGY","period":"P4W"},
                 {"actionRef":"A2","type":"PAYMENT","period":"P1M","amountPence":25000}]""")
                .statusCode(200)
                .body("state", equalTo("STAGE_1_RESPONDED"))
                .body("stageOneClock.state", equalTo("MET"))
                .body("stageOneResponse.clockResult", equalTo("MET"));

        List<ReceivedCloudEvent> events = CloudEventRecords.await(Topics.COMPLAINTS, id, 5, Duration.ofSeconds(20));
        // registered, routed, stage 1 opened, stage 1 decided, then the agreed actions
        ReceivedCloudEvent agreed = events.get(4);
        assertThat(agreed.type()).isEqualTo("org.redress.complaint.actions-agreed.v1");
        assertThat(agreed.dataJson().path("source").asText()).isEqualTo("STAGE_1");
        assertThat(agreed.dataJson().path("decisionDate").asText()).isEqualTo("2026-01-16");
        assertThat(agreed.dataJson().path("actions").get(1).path("amountPence").asLong()).isEqualTo(25000);
    }

    @Test
    void extendsOnceWithTheComplainantTold() {
        String id = registerAbout("[\"ASSESSMENT\"]");
        post(Roles.COMPLAINTS_MANAGER, "/stage-1/extension", id,
                "{\"workingDays\":20,\"reason\":\"An advocate is needed\",\"complainantToldOn\":\"2026-01-07\"}")
                .statusCode(200).body("stageOneClock.extendedDueDate", equalTo("2026-02-02"));
        post(Roles.COMPLAINTS_MANAGER, "/stage-1/extension", id,
                "{\"workingDays\":20,\"reason\":\"again\",\"complainantToldOn\":\"2026-01-08\"}")
                .statusCode(409).body("type", equalTo("urn:redress:problem:stage-one.already-extended"));
    }
}
