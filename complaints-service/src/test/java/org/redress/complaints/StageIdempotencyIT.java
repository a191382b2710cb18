package org.redress.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
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
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A complaints officer whose connection drops after sending a stage response sends it again with
 * the same Idempotency-Key: the response is recorded once, and remedy-service hears of the
 * agreed actions once, so no family is paid twice.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class StageIdempotencyIT {

    @Nested
    class ARetriedStageOneResponse {

        @Test
        void returnsTheFirstResponseAndAgreesTheActionsOnce() {
            String id = registerAbout("[\"ASSESSMENT\"]");
            String key = "stage-1-" + System.nanoTime();
            String first = Tokens.as(Roles.COMPLAINTS_OFFICER).contentType(ContentType.JSON)
                    .header("Idempotency-Key", key).body(STAGE_ONE_RESPONSE)
                    .when().post("/complaints/{id}/stage-1/response", id).then().statusCode(200)
                    .body("state", equalTo("STAGE_1_RESPONDED")).extract().asString();
            String second = Tokens.as(Roles.COMPLAINTS_OFFICER).contentType(ContentType.JSON)
                    .header("Idempotency-Key", key).body(STAGE_ONE_RESPONSE)
                    .when().post("/complaints/{id}/stage-1/response", id).then().statusCode(200)
                    .header("Idempotent-Replayed", "true").extract().asString();

            assertThat(second).isEqualTo(first);
            List<ReceivedCloudEvent> events = CloudEventRecords.await(Topics.COMPLAINTS, id, 5, Duration.ofSeconds(20));
            assertThat(events).filteredOn(e -> e.type().equals("org.redress.complaint.actions-agreed.v1")).hasSize(1);
            CloudEventRecords.assertNoMore(Topics.COMPLAINTS, id, 5, Duration.ofSeconds(2));
        }
    }
}
