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
import org.redress.contracts.Topics;
import org.redress.testkit.CloudEventRecords;
import org.redress.testkit.ReceivedCloudEvent;
import org.redress.testkit.RedressTestResources;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * What a council agrees beyond a child's reassessment is on the record for the person it is for: a carer's
 * assessment of a named carer (parent carer or young carer), a service to put in place for a named child and a
 * decision whether to make a financial remedy are stored, shown on the complaint and carried to remedy-service in
 * the actions-agreed event; an action naming the wrong person, or none, is refused naming the field and the rule.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class AgreedActionsForAPersonIT {

    private static final String CARERS_ASSESSMENT = """
            {"actionRef":"A1","type":"CARERS_ASSESSMENT","period":"P1M","personRef":"AR-220871","carerType":"PARENT_CARER",
             "description":"Offer the mother a separate carer's assessment"}""";
    private static final String SERVICE_IN_PLACE = """
            {"actionRef":"A2","type":"PUT_SERVICE_IN_PLACE","period":"P6W","personRef":"CR-104233"}""";
    private static final String FINANCIAL_REMEDY = """
            {"actionRef":"A3","type":"CONSIDER_FINANCIAL_REMEDY","period":"P1M"}""";

    @Test
    void theCarerTheChildAndTheKindOfCarerAreShownAndPublished() {
        String id = registerAbout("[\"ASSESSMENT\"]");
        respond(id, FINDINGS_UPHELD, "[" + CARERS_ASSESSMENT + "," + SERVICE_IN_PLACE + "," + FINANCIAL_REMEDY + "]")
                .statusCode(200);

        get(id).body("stageOneResponse.actions[0].type", equalTo("CARERS_ASSESSMENT"))
                .body("stageOneResponse.actions[0].personRef", equalTo("AR-220871"))
                .body("stageOneResponse.actions[0].carerType", equalTo("PARENT_CARER"))
                .body("stageOneResponse.actions[1].personRef", equalTo("CR-104233"))
                .body("stageOneResponse.actions[1].carerType", nullValue())
                .body("stageOneResponse.actions[2].type", equalTo("CONSIDER_FINANCIAL_REMEDY"))
                .body("stageOneResponse.actions[2].personRef", nullValue());

        // registered, routed, stage 1 opened, stage 1 decided, actions agreed
        List<ReceivedCloudEvent> events = CloudEventRecords.await(Topics.COMPLAINTS, id, 5, Duration.ofSeconds(20));
        JsonNode actions = events.stream().filter(e -> e.type().equals("org.redress.complaint.actions-agreed.v1"))
                .findFirst().orElseThrow().dataJson().path("actions");
        assertThat(actions).hasSize(3);
        assertThat(actions.get(0).path("type").asText()).isEqualTo("CARERS_ASSESSMENT");
        assertThat(actions.get(0).path("personRef").asText()).isEqualTo("AR-220871");
        assertThat(actions.get(0).path("carerType").asText()).isEqualTo("PARENT_CARER");
        assertThat(actions.get(1).path("type").asText()).isEqualTo("PUT_SERVICE_IN_PLACE");
        assertThat(actions.get(1).path("personRef").asText()).isEqualTo("CR-104233");
        assertThat(actions.get(1).path("carerType").isNull()).isTrue();
        assertThat(actions.get(2).path("type").asText()).isEqualTo("CONSIDER_FINANCIAL_REMEDY");
        assertThat(actions.get(2).path("personRef").isNull()).isTrue();
        assertThat(actions.get(2).path("carerType").isNull()).isTrue();
    }

    @Test
    void aCarersAssessmentWithoutTheKindOfCarerIsRefusedNamingTheFieldAndTheRule() {
        refused("[" + FINANCIAL_REMEDY + "," + CARERS_ASSESSMENT.replace(",\"carerType\":\"PARENT_CARER\"", "") + "]",
                422, "actions[1].carerType").body("type", equalTo("urn:redress:problem:action.carer-type"));
    }

    @Test
    void aServiceToPutInPlaceWithoutTheChildIsRefusedNamingTheFieldAndTheRule() {
        refused("[" + SERVICE_IN_PLACE.replace(",\"personRef\":\"CR-104233\"", "") + "]", 422, "actions[0].personRef")
                .body("type", equalTo("urn:redress:problem:action.person-ref"));
    }

    @Test
    void aPersonOnAnActionForNoOneIsRefused() {
        refused("[" + FINANCIAL_REMEDY.replace("}", ",\"personRef\":\"CR-104233\"}") + "]", 422, "actions[0].personRef");
    }

    @Test
    void aMalformedPersonReferenceOrKindOfCarerIsRefusedAsMalformed() {
        refused("[" + CARERS_ASSESSMENT.replace("AR-220871", "<script>") + "]", 400, "actions[0].personRef");
        String id = registerAbout("[\"ASSESSMENT\"]");
        respond(id, FINDINGS_UPHELD, "[" + CARERS_ASSESSMENT.replace("PARENT_CARER", "GRANDPARENT") + "]").statusCode(400);
    }

    /** A stage 1 response agreeing {@code actions} on a new complaint, refused with {@code status} naming {@code field}. */
    private static ValidatableResponse refused(String actions, int status, String field) {
        String id = registerAbout("[\"ASSESSMENT\"]");
        return respond(id, FINDINGS_UPHELD, actions).statusCode(status).body("field", equalTo(field));
    }
}
