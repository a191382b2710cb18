package org.redress.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.complaints.ComplaintRequests.post;
import static org.redress.complaints.intake.IntakeRequests.registerAbout;
import static org.redress.complaints.stageone.StageOneRequests.STAGE_ONE_RESPONSE;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redress.contracts.Topics;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.CloudEventRecords;
import org.redress.testkit.ReceivedCloudEvent;
import org.redress.testkit.RedressTestResources;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What a council's other systems hear about a complaint: every step of the procedure is
 * announced through the outbox, in order, on the complaint's key, in codes and dates only.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class ComplaintEventsIT {

    @Nested
    class AComplaintWalkedFromIntakeToClosure {

        @Test
        void announcesEachStepOnceInTheOrderItHappened() {
            String id = registerAbout("[\"ASSESSMENT\"]");
            post(Roles.COMPLAINTS_OFFICER, "/stage-1/response", id, STAGE_ONE_RESPONSE).statusCode(200);
            post(Roles.COMPLAINTS_OFFICER, "/stage-2/request", id, "{\"requestedOn\":\"2026-01-20\"}").statusCode(200);
            post(Roles.COMPLAINTS_OFFICER, "/holds", id, """
                    {"reason":"CRIMINAL_INVESTIGATION","heldOn":"2026-01-21","complainantToldOn":"2026-01-21","reviewOn":"2026-02-21"}""")
                    .statusCode(200);
            post(Roles.COMPLAINTS_OFFICER, "/holds/release", id, "{\"releasedOn\":\"2026-01-28\"}").statusCode(200);
            post(Roles.COMPLAINTS_MANAGER, "/closure", id,
                    "{\"reason\":\"WITHDRAWN_BY_COMPLAINANT\",\"closedOn\":\"2026-02-02\"}").statusCode(200);

            List<ReceivedCloudEvent> events = CloudEventRecords.await(Topics.COMPLAINTS, id, 9, Duration.ofSeconds(20));
            assertThat(events).extracting(ReceivedCloudEvent::type).containsExactly(
                    "org.redress.complaint.registered.v1",
                    "org.redress.complaint.routed.v1",
                    "org.redress.complaint.stage-opened.v1",
                    "org.redress.complaint.stage-decided.v1",
                    "org.redress.complaint.actions-agreed.v1",
                    "org.redress.complaint.stage-opened.v1",
                    "org.redress.complaint.hold-started.v1",
                    "org.redress.complaint.hold-released.v1",
                    "org.redress.complaint.closed.v1");
            CloudEventRecords.assertNoMore(Topics.COMPLAINTS, id, 9, Duration.ofSeconds(2));

            JsonNode decided = events.get(3).dataJson();
            assertThat(decided.path("stage").asText()).isEqualTo("STAGE_1");
            assertThat(decided.path("decisionDate").asText()).isEqualTo("2026-01-16");
            assertThat(decided.path("pointsUpheld").asInt()).isEqualTo(1);
            assertThat(decided.path("pointsNotUpheld").asInt()).isEqualTo(1);
            assertThat(decided.path("actionCount").asInt()).isEqualTo(1);
            JsonNode stageTwo = events.get(5).dataJson();
            assertThat(stageTwo.path("stage").asText()).isEqualTo("STAGE_2");
            assertThat(stageTwo.path("clock").asText()).isEqualTo("STAGE_2_PROGRESSION");
            assertThat(stageTwo.path("dueDate").asText()).isEqualTo("2026-02-03");
            assertThat(events.get(6).dataJson().path("reason").asText()).isEqualTo("CRIMINAL_INVESTIGATION");
            assertThat(events.get(7).dataJson().path("releasedOn").asText()).isEqualTo("2026-01-28");
            assertThat(events.get(8).dataJson().path("reason").asText()).isEqualTo("WITHDRAWN_BY_COMPLAINANT");
        }
    }
}
