package org.redress.remedies.agreedactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.redress.remedies.agreedactions.ActionsAgreedEvents.casesOf;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

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
 * The remedy case keeps each agreed action in the words the complaint recorded it: what is to be done,
 * who owns it and the conditions it is carried out under, the conditions going on to the reassessment
 * it asks for, which counts from the decision date. Events from before those words were carried still
 * open a case, with none.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class AgreedActionWordsIT {

    private static final String MINIMAL_CONTACT = "Keep the children's contact with professionals to a minimum";

    @Test
    void eachActionKeepsItsDescriptionOwnerAndConditionsAndTheReassessmentCarriesItsConditions() {
        String complaintId = UUID.randomUUID().toString();
        publish(complaintId, """
                [{"actionRef":"A1","type":"APOLOGY","period":"P4W","amountPence":null,"theme":null,
                  "description":"Apologise to the family for the delay in assessing their children",
                  "owner":"Head of Service","conditions":[]},
                 {"actionRef":"A3","type":"REASSESSMENT","period":"P1M","amountPence":null,"theme":null,
                  "description":"Reassess both children's needs","owner":"Children with Disabilities team",
                  "conditions":["%s"]}]""".formatted(MINIMAL_CONTACT));

        String id = opened(complaintId);
        Tokens.as(Roles.REMEDY_OFFICER).when().get("/remedy-cases/{id}", id).then().statusCode(200)
                .body("actions.description", contains("Apologise to the family for the delay in assessing their children",
                        "Reassess both children's needs"))
                .body("actions.owner", contains("Head of Service", "Children with Disabilities team"))
                .body("actions[0].conditions", empty())
                .body("actions[1].conditions", contains(MINIMAL_CONTACT));
        Tokens.as(Roles.AUDITOR).when().get("/remedy-cases/{id}/timeline", id).then().statusCode(200)
                .body("note", contains("Apologise to the family for the delay in assessing their children",
                        "Reassess both children's needs"));

        // case-opened, two action-created, one reassessment-requested
        JsonNode request = reassessmentRequest(id, 4);
        assertThat(texts(request.path("conditions"))).containsExactly(MINIMAL_CONTACT);
        assertThat(request.path("agreedOn").asText()).isEqualTo("2026-05-11");
        assertThat(request.path("dueDate").asText()).isEqualTo("2026-06-11");
    }

    @Test
    void anEventFromBeforeTheWordsWereCarriedOpensACaseWithNoneAgreedOnTheDecisionDate() {
        String complaintId = UUID.randomUUID().toString();
        publish(complaintId, """
                [{"actionRef":"A1","type":"REASSESSMENT","period":"P1M","amountPence":null,"theme":null}]""");

        String id = opened(complaintId);
        Tokens.as(Roles.REMEDY_OFFICER).when().get("/remedy-cases/{id}", id).then().statusCode(200)
                .body("actions[0].description", nullValue())
                .body("actions[0].owner", nullValue())
                .body("actions[0].conditions", empty());

        JsonNode request = reassessmentRequest(id, 3);
        assertThat(texts(request.path("conditions"))).isEmpty();
        assertThat(request.path("agreedOn").asText()).isEqualTo("2026-05-11");
    }

    @Test
    void aCarersAssessmentAFinancialRemedyAndAServiceToPutInPlaceOpenAsAgreed() {
        String complaintId = UUID.randomUUID().toString();
        publish(complaintId, """
                [{"actionRef":"A5","type":"CARERS_ASSESSMENT","period":"P1M","amountPence":null,"theme":null,
                  "description":"Offer the mother a separate carer's assessment","owner":null,"conditions":[],
                  "personRef":"AR-220871","carerType":"PARENT_CARER"},
                 {"actionRef":"A6","type":"PUT_SERVICE_IN_PLACE","period":"P6W","amountPence":null,"theme":null,
                  "description":"Put the short breaks agreed in the plan in place","owner":null,"conditions":[],
                  "personRef":"CR-104233","carerType":null},
                 {"actionRef":"A7","type":"CONSIDER_FINANCIAL_REMEDY","period":"P1M","amountPence":null,"theme":null,
                  "description":"Consider a payment for the short breaks missed","owner":null,"conditions":[],
                  "personRef":null,"carerType":null}]""");

        String id = opened(complaintId);
        Tokens.as(Roles.REMEDY_OFFICER).when().get("/remedy-cases/{id}", id).then().statusCode(200)
                .body("actions.type", contains("CARERS_ASSESSMENT", "PUT_SERVICE_IN_PLACE", "CONSIDER_FINANCIAL_REMEDY"))
                .body("actions.personRef", contains("AR-220871", "CR-104233", null))
                .body("actions.carerType", contains("PARENT_CARER", null, null));

        // case-opened, three action-created, the carer's assessment asked for
        JsonNode request = reassessmentRequest(id, 5);
        assertThat(request.path("assessmentType").asText()).isEqualTo("PARENT_CARER");
        assertThat(request.path("carerRef").asText()).isEqualTo("AR-220871");
        assertThat(request.path("childRef").asText()).isEqualTo("CR-104233");
    }

    /** An Ombudsman decision of 11 May 2026 on the complaint about one child, agreeing {@code actions}. */
    private static void publish(String complaintId, String actions) {
        CloudEventPublisher.publish(Topics.COMPLAINTS, complaintId, OutgoingCloudEvent.of(
                EventType.COMPLAINT_ACTIONS_AGREED.ceType(), "urn:redress:complaints-service", "CMP-2026-000123-3", """
                {"complaintId":"%s","complaintReference":"CMP-2026-000123-3","source":"OMBUDSMAN","decisionDate":"2026-05-11",
                 "childReferences":["CR-104233"],"actions":%s}""".formatted(complaintId, actions)));
    }

    private static String opened(String complaintId) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> casesOf(complaintId).body("total", equalTo(1)));
        return casesOf(complaintId).extract().path("items[0].id");
    }

    /** The one reassessment request among the {@code count} events the case published. */
    private static JsonNode reassessmentRequest(String caseId, int count) {
        CloudEventRecords.await(Topics.REMEDIES, caseId, count, Duration.ofSeconds(20));
        List<JsonNode> requests = CloudEventRecords.assertNoMore(Topics.REMEDIES, caseId, count, Duration.ofSeconds(2))
                .stream().filter(e -> e.type().equals("org.redress.remedy.reassessment-requested.v1"))
                .map(ReceivedCloudEvent::dataJson).toList();
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    private static List<String> texts(JsonNode array) {
        assertThat(array.isArray()).as("a JSON array: " + array).isTrue();
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
