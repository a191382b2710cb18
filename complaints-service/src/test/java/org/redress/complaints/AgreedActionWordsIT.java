package org.redress.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.redress.complaints.ComplaintRequests.get;
import static org.redress.complaints.intake.IntakeRequests.registerAbout;
import static org.redress.complaints.stageone.StageOneRequests.FINDINGS_UPHELD;
import static org.redress.complaints.stageone.StageOneRequests.respond;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.redress.contracts.Bounds;
import org.redress.contracts.Topics;
import org.redress.testkit.CloudEventRecords;
import org.redress.testkit.ReceivedCloudEvent;
import org.redress.testkit.RedressTestResources;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An agreed action keeps the decision's own words end to end: what exactly is to be done, who is to do
 * it and the conditions it is to be done under are stored with the decision, shown on the complaint and
 * carried to remedy-service in the actions-agreed event.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class AgreedActionWordsIT {

    private static final String REASSESSMENT = """
            {"actionRef":"A1","type":"REASSESSMENT","period":"P3M",
             "description":"Reassess both children's needs, considering CSDPA s2 short breaks",
             "owner":"Children with Disabilities team",
             "conditions":["Keep the children's contact with professionals to a minimum","Give the family a named contact"]}""";
    private static final String APOLOGY = "{\"actionRef\":\"A2\",\"type\":\"APOLOGY\",\"period\":\"P4W\"}";

    @Test
    void anActionsDescriptionOwnerAndConditionsAreStoredShownAndPublished() {
        String id = registerAbout("[\"ASSESSMENT\"]");
        respond(id, FINDINGS_UPHELD, "[" + REASSESSMENT + "," + APOLOGY + "]").statusCode(200)
                .body("stageOneResponse.actions[0].owner", equalTo("Children with Disabilities team"));

        get(id).body("stageOneResponse.actions[0].description",
                        equalTo("Reassess both children's needs, considering CSDPA s2 short breaks"))
                .body("stageOneResponse.actions[0].owner", equalTo("Children with Disabilities team"))
                .body("stageOneResponse.actions[0].conditions[1]", equalTo("Give the family a named contact"))
                .body("stageOneResponse.actions[1].description", nullValue())
                .body("stageOneResponse.actions[1].conditions.size()", equalTo(0));

        // registered, routed, stage 1 opened, stage 1 decided, actions agreed
        List<ReceivedCloudEvent> events = CloudEventRecords.await(Topics.COMPLAINTS, id, 5, Duration.ofSeconds(20));
        JsonNode actions = events.stream().filter(e -> e.type().equals("org.redress.complaint.actions-agreed.v1"))
                .findFirst().orElseThrow().dataJson().path("actions");
        assertThat(actions.get(0).path("description").asText())
                .isEqualTo("Reassess both children's needs, considering CSDPA s2 short breaks");
        assertThat(actions.get(0).path("owner").asText()).isEqualTo("Children with Disabilities team");
        assertThat(actions.get(0).path("conditions")).extracting(JsonNode::asText)
                .containsExactly("Keep the children's contact with professionals to a minimum", "Give the family a named contact");
        assertThat(actions.get(1).path("description").isNull()).isTrue();
        assertThat(actions.get(1).path("owner").isNull()).isTrue();
        assertThat(actions.get(1).path("conditions")).isEmpty();
    }

    @Test
    void anOwnerLongerThanANameIsRefusedNamingTheField() {
        String id = registerAbout("[\"ASSESSMENT\"]");
        String owner = "x".repeat(Bounds.MAX_NAME_LENGTH + 1);
        respond(id, FINDINGS_UPHELD, "[" + APOLOGY.replace("}", ",\"owner\":\"" + owner + "\"}") + "]")
                .statusCode(400).body("field", equalTo("actions[0].owner"));
    }

    @Test
    void moreConditionsThanAListHoldsAreRefusedNamingTheField() {
        String id = registerAbout("[\"ASSESSMENT\"]");
        String conditions = String.join(",", java.util.Collections.nCopies(Bounds.MAX_LIST_SIZE + 1, "\"Out of school hours\""));
        respond(id, FINDINGS_UPHELD, "[" + APOLOGY.replace("}", ",\"conditions\":[" + conditions + "]}") + "]")
                .statusCode(400).body("field", equalTo("actions[0].conditions"));
    }
}
