package org.redress.remedies.remedycases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.redress.remedies.remedycases.RemedyCaseRequests.APOLOGY_IN_FOUR_WEEKS;
import static org.redress.remedies.remedycases.RemedyCaseRequests.decision;
import static org.redress.remedies.remedycases.RemedyCaseRequests.open;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import jakarta.inject.Inject;

import org.hamcrest.Matcher;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redress.contracts.Topics;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.CloudEventRecords;
import org.redress.testkit.ReceivedCloudEvent;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * A reassessment agreed with conditions ("keep the children's contact with professionals to a
 * minimum") asks assessment-service for it with those conditions, counted from the day it was agreed.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class ReassessmentConditionsIT {

    private static final LocalDate DECIDED = LocalDate.of(2026, 9, 1);
    private static final String MINIMAL_CONTACT = "Keep the children's contact with professionals to a minimum";
    private static final String NAMED_CONTACT = "Arrange every visit through the family's named contact";
    private static final String REASSESSMENT_ON_CONDITIONS = """
            {"actionRef":"A2","type":"REASSESSMENT","period":"P3M","conditions":["%s","%s"]}"""
            .formatted(MINIMAL_CONTACT, NAMED_CONTACT);

    @Inject
    Clock clock;

    @Nested
    class AnActionAddedLater {

        @Test
        void carriesItsConditionsToTheReassessmentRequestAgreedOnTheDayGiven() {
            String id = openCase(APOLOGY_IN_FOUR_WEEKS);

            add(id, REASSESSMENT_ON_CONDITIONS.replace("}", ",\"agreedOn\":\"2026-09-15\"}"))
                    .statusCode(201)
                    .body("actions[1].conditions", contains(MINIMAL_CONTACT, NAMED_CONTACT));

            JsonNode request = reassessmentRequests(id, 4).get(0);
            assertThat(texts(request.path("conditions"))).containsExactly(MINIMAL_CONTACT, NAMED_CONTACT);
            assertThat(request.path("agreedOn").asText()).isEqualTo("2026-09-15");
            assertThat(request.path("childRef").asText()).isEqualTo("CR-1001");
            // still due from the decision date: 1 Sep 2026 + 3 months
            assertThat(request.path("dueDate").asText()).isEqualTo("2026-12-01");
            Tokens.as(Roles.AUDITOR).when().get("/remedy-cases/{id}/timeline", id).then().statusCode(200)
                    .body("kind", contains("ACTION_ADDED", "ACTION_ADDED"))
                    .body("on", contains("2026-09-01", "2026-09-15"));
            Tokens.as(Roles.REMEDY_OFFICER).when().get("/remedy-cases/{id}", id).then().statusCode(200)
                    .body("actions[1].conditions", contains(MINIMAL_CONTACT, NAMED_CONTACT))
                    .body("actions[0].conditions", empty());
        }

        @Test
        void isAgreedTodayWhenNoDayIsGiven() {
            String id = openCase(APOLOGY_IN_FOUR_WEEKS);

            add(id, REASSESSMENT_ON_CONDITIONS).statusCode(201);

            JsonNode request = reassessmentRequests(id, 4).get(0);
            assertThat(request.path("agreedOn").asText()).isEqualTo(LocalDate.now(clock).toString());
        }

        @Test
        void isRefusedADayBeforeTheDecisionOrInTheFutureNamingTheField() {
            String id = openCase(APOLOGY_IN_FOUR_WEEKS);

            add(id, REASSESSMENT_ON_CONDITIONS.replace("}", ",\"agreedOn\":\"2026-08-31\"}"))
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body("rule", equalTo("remedy.date-before-decision"))
                    .body("field", equalTo("agreedOn"));
            add(id, REASSESSMENT_ON_CONDITIONS.replace("}",
                    ",\"agreedOn\":\"%s\"}".formatted(LocalDate.now(clock).plusDays(2))))
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("field", equalTo("agreedOn"));
            Tokens.as(Roles.REMEDY_OFFICER).when().get("/remedy-cases/{id}", id).then()
                    .body("actions.actionRef", contains("A1"));
        }

        @Test
        void isRefusedConditionsBeyondTheirBoundsNamingTheField() {
            String id = openCase(APOLOGY_IN_FOUR_WEEKS);
            String tooMany = String.join(",", Collections.nCopies(201, "\"Named contact\""));

            refusedNaming(id, "[" + tooMany + "]", equalTo("conditions"));
            // an element's path ends in Bean Validation's "<list element>"
            refusedNaming(id, "[\"" + "x".repeat(10_001) + "\"]", startsWith("conditions[0]"));
            refusedNaming(id, "[\"" + MINIMAL_CONTACT + "\",\" \"]", startsWith("conditions[1]"));
            // a condition as long as any narrative is kept whole
            add(id, """
                    {"actionRef":"A2","type":"REASSESSMENT","period":"P3M","conditions":["%s"]}""".formatted("x".repeat(10_000)))
                    .statusCode(201)
                    .body("actions[1].conditions[0].length()", equalTo(10_000));
        }
    }

    @Nested
    class ACaseOpenedOverHttp {

        @Test
        void carriesEachReassessmentsConditionsToEveryChildsRequestAgreedOnTheDecisionDate() {
            String id = open(decision(UUID.randomUUID(), DECIDED, "[\"CR-1001\",\"CR-1002\"]", APOLOGY_IN_FOUR_WEEKS,
                    REASSESSMENT_ON_CONDITIONS))
                    .statusCode(201)
                    .body("actions[1].conditions", contains(MINIMAL_CONTACT, NAMED_CONTACT))
                    .extract().path("id");

            List<JsonNode> requests = reassessmentRequests(id, 5);
            assertThat(requests).extracting(r -> r.path("childRef").asText()).containsExactly("CR-1001", "CR-1002");
            assertThat(requests).allSatisfy(r -> {
                assertThat(texts(r.path("conditions"))).containsExactly(MINIMAL_CONTACT, NAMED_CONTACT);
                assertThat(r.path("agreedOn").asText()).isEqualTo("2026-09-01");
            });
        }

        @Test
        void refusesAnActionAgreedOnAnotherDayThanTheDecisionNamingTheField() {
            open(decision(UUID.randomUUID(), DECIDED, "[\"CR-1001\"]", APOLOGY_IN_FOUR_WEEKS,
                    REASSESSMENT_ON_CONDITIONS.replace("}", ",\"agreedOn\":\"2026-09-02\"}")))
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body("rule", equalTo("remedy.agreed-on-not-decision-date"))
                    .body("field", equalTo("actions[1].agreedOn"));
        }
    }

    private static String openCase(String... actions) {
        return open(decision(UUID.randomUUID(), DECIDED, "[\"CR-1001\"]", actions)).statusCode(201).extract().path("id");
    }

    private static void refusedNaming(String caseId, String conditions, Matcher<String> field) {
        add(caseId, """
                {"actionRef":"A2","type":"REASSESSMENT","period":"P3M","conditions":%s}""".formatted(conditions))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("field", field);
    }

    private static ValidatableResponse add(String caseId, String action) {
        return Tokens.as(Roles.REMEDY_OFFICER).contentType(ContentType.JSON).body(action).when()
                .post("/remedy-cases/{id}/actions", caseId).then();
    }

    /** The reassessment requests among the first {@code count} events published for the case. */
    private static List<JsonNode> reassessmentRequests(String caseId, int count) {
        List<ReceivedCloudEvent> events = CloudEventRecords.await(Topics.REMEDIES, caseId, count, Duration.ofSeconds(20));
        CloudEventRecords.assertNoMore(Topics.REMEDIES, caseId, count, Duration.ofSeconds(2));
        return events.stream().filter(e -> e.type().equals("org.redress.remedy.reassessment-requested.v1"))
                .map(ReceivedCloudEvent::dataJson).toList();
    }

    private static List<String> texts(JsonNode array) {
        assertThat(array.isArray()).as("a JSON array: " + array).isTrue();
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
