package org.redress.remedies.remedycases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.redress.remedies.remedycases.RemedyCaseRequests.APOLOGY_IN_FOUR_WEEKS;
import static org.redress.remedies.remedycases.RemedyCaseRequests.apologyDecidedOn;
import static org.redress.remedies.remedycases.RemedyCaseRequests.decision;
import static org.redress.remedies.remedycases.RemedyCaseRequests.open;
import static org.redress.remedies.remedycases.RemedyCaseRequests.openAndGetId;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redress.contracts.Topics;
import org.redress.testkit.CloudEventRecords;
import org.redress.testkit.ReceivedCloudEvent;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(RedressTestResources.class)
class OpenRemedyCaseIT {

    private static final LocalDate END_OF_JANUARY_2026 = LocalDate.of(2026, 1, 31);
    private static final String PAYMENT_IN_A_MONTH = """
            {"actionRef":"A2","type":"PAYMENT","period":"P1M","amountPence":30000}""";
    private static final String TRAINING_IN_THREE_MONTHS = """
            {"actionRef":"A3","type":"SERVICE_IMPROVEMENT","period":"P3M","theme":"carer-assessments"}""";
    private static final String REASSESSMENT_IN_THREE_MONTHS = """
            {"actionRef":"A2","type":"REASSESSMENT","period":"P3M"}""";

    private static LocalDate todayInEngland() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    @Nested
    class WhenTheRequestIsValid {

        @Test
        void opensTheCaseWithEachDueDateCountedFromTheDecision() {
            UUID complaintId = UUID.randomUUID();
            var created = open(decision(complaintId, END_OF_JANUARY_2026, "[]", APOLOGY_IN_FOUR_WEEKS,
                    PAYMENT_IN_A_MONTH, TRAINING_IN_THREE_MONTHS))
                    .statusCode(201)
                    .body("reference", matchesPattern("REM-2026-\\d{6}-\\d"))
                    .body("complaintId", equalTo(complaintId.toString()))
                    .body("actions.actionRef", contains("A1", "A2", "A3"))
                    // by hand: 31 Jan 2026 + 4 weeks (28 days) = Sat 28 Feb; + 1 month = 31 Feb, clamped to
                    // 28 Feb (2026 is not a leap year); + 3 months = 31 Apr, clamped to 30 Apr
                    .body("actions.dueDate", contains("2026-02-28", "2026-02-28", "2026-04-30"))
                    .body("actions[1].amountPence", equalTo(30000))
                    .body("actions[2].theme", equalTo("carer-assessments"))
                    // all three fell due long before today (from 25 Nov 2026 on) and none is complete: overdue
                    // already, in the status as in the flag, though no sweep has run
                    .body("actions.status", everyItem(equalTo("OVERDUE")))
                    .body("actions.overdue", everyItem(equalTo(true)))
                    .extract();
            String id = created.path("id");
            assertThat(created.header("Location")).endsWith("/remedy-cases/" + id);

            Tokens.as(Roles.REMEDY_OFFICER).when().get("/remedy-cases/{id}", id).then()
                    .statusCode(200)
                    .body("id", equalTo(id))
                    .body("source", equalTo("STAGE_2"))
                    .body("decisionDate", equalTo("2026-01-31"))
                    .body("actions.dueDate", contains("2026-02-28", "2026-02-28", "2026-04-30"))
                    .body("actions.overdue", everyItem(equalTo(true)));
        }

        @Test
        void showsEachAgreedActionOnTheTimelineOnTheDayOfTheDecisionInItsOwnWords() {
            var created = open(decision(UUID.randomUUID(), END_OF_JANUARY_2026, "[]", """
                    {"actionRef":"A1","type":"APOLOGY","period":"P4W","description":"Written apology from the Director"}""",
                    PAYMENT_IN_A_MONTH, TRAINING_IN_THREE_MONTHS)).statusCode(201).extract();
            String id = created.path("id");
            List<String> actionIds = created.path("actions.id");

            Tokens.as(Roles.AUDITOR).when().get("/remedy-cases/{id}/timeline", id).then()
                    .statusCode(200)
                    .body("kind", contains("ACTION_ADDED", "ACTION_ADDED", "ACTION_ADDED"))
                    .body("actionId", contains(actionIds.toArray()))
                    .body("on", everyItem(equalTo("2026-01-31")))
                    .body("note", contains("Written apology from the Director", null, null));
        }

        @Test
        void showsAnActionDueInTheFutureAsNotOverdue() {
            open(apologyDecidedOn(todayInEngland()))
                    .statusCode(201)
                    .body("actions[0].dueDate", equalTo(todayInEngland().plusWeeks(4).toString()))
                    .body("actions[0].overdue", equalTo(false));
        }

        @Test
        void publishesExactlyOneRemedyCaseOpenedKeyedByTheCase() {
            UUID complaintId = UUID.randomUUID();
            var created = open(decision(complaintId, LocalDate.of(2026, 10, 1), "[\"CR-104233\"]",
                    APOLOGY_IN_FOUR_WEEKS, PAYMENT_IN_A_MONTH)).statusCode(201).extract();
            String id = created.path("id");
            String reference = created.path("reference");

            ReceivedCloudEvent event = CloudEventRecords.await(Topics.REMEDIES, id, 1, Duration.ofSeconds(20)).get(0);
            assertThat(event.type()).isEqualTo("org.redress.remedy.case-opened.v1");
            assertThat(event.subject()).isEqualTo(reference);
            assertThat(event.source()).isEqualTo("urn:redress:remedy-service");
            assertThat(event.dataContentType()).startsWith("application/json");
            JsonNode data = event.dataJson();
            assertThat(data.path("remedyCaseId").asText()).isEqualTo(id);
            assertThat(data.path("reference").asText()).isEqualTo(reference);
            assertThat(data.path("complaintId").asText()).isEqualTo(complaintId.toString());
            assertThat(data.path("complaintReference").asText()).isEqualTo("CMP-2026-000123-3");
            assertThat(data.path("source").asText()).isEqualTo("STAGE_2");
            assertThat(data.path("decisionDate").asText()).isEqualTo("2026-10-01");
            assertThat(data.path("actionCount").asInt()).isEqualTo(2);

            CloudEventRecords.assertNoMore(Topics.REMEDIES, id, 3, Duration.ofSeconds(2));
        }

        @Test
        void announcesEachActionOnceWhenTheCaseOpensAndOneMoreWhenAnActionIsAdded() {
            UUID complaintId = UUID.randomUUID();
            var created = open(decision(complaintId, LocalDate.of(2026, 10, 1), "[]",
                    APOLOGY_IN_FOUR_WEEKS, PAYMENT_IN_A_MONTH)).statusCode(201).extract();
            String id = created.path("id");
            String reference = created.path("reference");
            List<String> actionIds = created.path("actions.id");

            List<ReceivedCloudEvent> opened = CloudEventRecords.await(Topics.REMEDIES, id, 3, Duration.ofSeconds(20));
            assertThat(opened).extracting(ReceivedCloudEvent::type).containsExactly(
                    "org.redress.remedy.case-opened.v1",
                    "org.redress.remedy.action-created.v1",
                    "org.redress.remedy.action-created.v1");
            List<JsonNode> actions = opened.subList(1, 3).stream().map(ReceivedCloudEvent::dataJson).toList();
            assertThat(actions).extracting(a -> a.path("actionId").asText()).containsExactlyElementsOf(actionIds);
            assertThat(actions).extracting(a -> a.path("actionRef").asText()).containsExactly("A1", "A2");
            assertThat(actions).extracting(a -> a.path("actionType").asText()).containsExactly("APOLOGY", "PAYMENT");
            // 1 Oct 2026 + 4 weeks = 29 Oct; + 1 month = 1 Nov
            assertThat(actions).extracting(a -> a.path("dueDate").asText()).containsExactly("2026-10-29", "2026-11-01");
            assertThat(actions).allSatisfy(a -> {
                assertThat(a.path("remedyCaseId").asText()).isEqualTo(id);
                assertThat(a.path("reference").asText()).isEqualTo(reference);
                assertThat(a.path("complaintId").asText()).isEqualTo(complaintId.toString());
            });
            CloudEventRecords.assertNoMore(Topics.REMEDIES, id, 3, Duration.ofSeconds(2));

            String added = Tokens.as(Roles.REMEDY_OFFICER).contentType(ContentType.JSON).body("""
                    {"actionRef":"A3","type":"NAMED_CONTACT","period":"P14D"}""")
                    .when().post("/remedy-cases/{id}/actions", id).then().statusCode(201).extract().path("actions[2].id");
            ReceivedCloudEvent addedEvent = CloudEventRecords.await(Topics.REMEDIES, id, 4, Duration.ofSeconds(20)).get(3);
            assertThat(addedEvent.type()).isEqualTo("org.redress.remedy.action-created.v1");
            assertThat(addedEvent.dataJson().path("actionId").asText()).isEqualTo(added);
            assertThat(addedEvent.dataJson().path("actionRef").asText()).isEqualTo("A3");
            // 1 Oct 2026 + 14 days
            assertThat(addedEvent.dataJson().path("dueDate").asText()).isEqualTo("2026-10-15");
            CloudEventRecords.assertNoMore(Topics.REMEDIES, id, 4, Duration.ofSeconds(2));
        }

        @Test
        void asksForOneReassessmentPerChildDueWhenTheActionIsDue() {
            var created = open(decision(UUID.randomUUID(), END_OF_JANUARY_2026, "[\"CR-1001\",\"CR-1002\"]",
                    APOLOGY_IN_FOUR_WEEKS, REASSESSMENT_IN_THREE_MONTHS)).statusCode(201).extract();
            String id = created.path("id");
            String reassessmentActionId = created.path("actions[1].id");

            List<ReceivedCloudEvent> events = CloudEventRecords.await(Topics.REMEDIES, id, 5, Duration.ofSeconds(20));
            assertThat(events).extracting(ReceivedCloudEvent::type).containsExactly(
                    "org.redress.remedy.case-opened.v1",
                    "org.redress.remedy.action-created.v1",
                    "org.redress.remedy.action-created.v1",
                    "org.redress.remedy.reassessment-requested.v1",
                    "org.redress.remedy.reassessment-requested.v1");
            List<JsonNode> requests = events.subList(3, 5).stream().map(ReceivedCloudEvent::dataJson).toList();
            assertThat(requests).extracting(r -> r.path("childRef").asText()).containsExactly("CR-1001", "CR-1002");
            assertThat(requests).allSatisfy(r -> {
                assertThat(r.path("remedyCaseId").asText()).isEqualTo(id);
                assertThat(r.path("actionId").asText()).isEqualTo(reassessmentActionId);
                assertThat(r.path("dueDate").asText()).isEqualTo("2026-04-30");
            });

            CloudEventRecords.assertNoMore(Topics.REMEDIES, id, 5, Duration.ofSeconds(2));
        }

        @Test
        void listsTheCasesOfOneComplaintNewestDecisionFirst() {
            UUID complaintId = UUID.randomUUID();
            String stageOne = openAndGetId(decision(complaintId, LocalDate.of(2026, 3, 2), "[]", APOLOGY_IN_FOUR_WEEKS)
                    .replace("STAGE_2", "STAGE_1"));
            String stageTwo = openAndGetId(decision(complaintId, LocalDate.of(2026, 6, 1), "[]", APOLOGY_IN_FOUR_WEEKS));
            openAndGetId(apologyDecidedOn(LocalDate.of(2026, 6, 1))); // another complaint's

            Tokens.as(Roles.REMEDY_OFFICER).queryParam("complaintId", complaintId.toString()).when().get("/remedy-cases").then()
                    .statusCode(200)
                    .body("total", equalTo(2))
                    .body("items.id", contains(stageTwo, stageOne));
            Tokens.as(Roles.REMEDY_OFFICER).queryParam("complaintId", complaintId.toString()).queryParam("size", 1).queryParam("page", 1)
                    .when().get("/remedy-cases").then()
                    .statusCode(200)
                    .body("total", equalTo(2))
                    .body("items.id", contains(stageOne));
        }
    }

    @Nested
    class WhenTheRequestIsBad {

        @Test
        void namesTheMissingField() {
            open("""
                    {"source":"STAGE_1","actions":[{"actionRef":"A1","type":"APOLOGY","period":"P4W"}]}""")
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:redress:problem:validation"))
                    .body("field", equalTo("decisionDate"))
                    .body("correlationId", notNullValue());
        }

        @Test
        void namesAnActionWithAnUnreadablePeriod() {
            open(decision(UUID.randomUUID(), END_OF_JANUARY_2026, "[]", APOLOGY_IN_FOUR_WEEKS.replace("P4W", "4 weeks")))
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("field", equalTo("actions[0].period"));
        }

        @Test
        void refusesAFractionOfAPennyRatherThanRoundingIt() {
            open(decision(UUID.randomUUID(), END_OF_JANUARY_2026, "[]", PAYMENT_IN_A_MONTH.replace("30000", "30000.5")))
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("field", equalTo("actions[0].amountPence"));
        }

        @Test
        void refusesAPaymentWithoutAnAmountNamingTheRule() {
            assertBreaksRule(decision(UUID.randomUUID(), END_OF_JANUARY_2026, "[]",
                    PAYMENT_IN_A_MONTH.replace(",\"amountPence\":30000", "")),
                    "remedy.payment-without-amount", "actions[0].amountPence");
        }

        @Test
        void refusesAnAmountOnAnApologyNamingTheRule() {
            assertBreaksRule(decision(UUID.randomUUID(), END_OF_JANUARY_2026, "[]",
                    APOLOGY_IN_FOUR_WEEKS.replace("}", ",\"amountPence\":5000}")),
                    "remedy.amount-on-non-payment", "actions[0].amountPence");
        }

        @Test
        void refusesAReassessmentWithoutAChildNamingTheRule() {
            assertBreaksRule(decision(UUID.randomUUID(), END_OF_JANUARY_2026, "[]", REASSESSMENT_IN_THREE_MONTHS),
                    "remedy.reassessment-without-child", "childReferences");
        }

        @Test
        void refusesADecisionDatedInTheFutureNamingTheField() {
            // a decision is a fact that has happened: refused at the edge (an event meets the domain's rule instead)
            open(apologyDecidedOn(todayInEngland().plusDays(3))).statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:redress:problem:validation"))
                    .body("field", equalTo("decisionDate"));
        }

        @Test
        void refusesAnAmountOfNinetyTwoQuadrillionPoundsNamingTheField() {
            open(decision(UUID.randomUUID(), END_OF_JANUARY_2026, "[]",
                    PAYMENT_IN_A_MONTH.replace("30000", "9223372036854775807")))
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:redress:problem:validation"))
                    .body("field", equalTo("actions[0].amountPence"));
        }

        @Test
        void refusesAPeriodBeyondTenYearsNamingTheRule() {
            assertBreaksRule(decision(UUID.randomUUID(), END_OF_JANUARY_2026, "[]",
                    APOLOGY_IN_FOUR_WEEKS.replace("P4W", "P9999M")), "remedy.period-too-long", "actions[0].period");
            open(decision(UUID.randomUUID(), END_OF_JANUARY_2026, "[]", APOLOGY_IN_FOUR_WEEKS.replace("P4W", "P120M")))
                    .statusCode(201)
                    .body("actions[0].dueDate", equalTo("2036-01-31"));
        }

        @Test
        void refusesADecisionDateNoCaseCouldHaveNamingTheField() {
            for (String date : List.of("0001-01-01", "-0001-01-01", "1999-12-31", "+10000-01-01")) {
                open(decision(UUID.randomUUID(), LocalDate.of(2026, 1, 1), "[]", APOLOGY_IN_FOUR_WEEKS)
                        .replace("2026-01-01", date))
                        .statusCode(400)
                        .contentType("application/problem+json")
                        .body("field", equalTo("decisionDate"));
            }
            // a number where the date belongs is read as a count of days since 1970: 20000000 is in the year 56728
            open(decision(UUID.randomUUID(), LocalDate.of(2026, 1, 1), "[]", APOLOGY_IN_FOUR_WEEKS)
                    .replace("\"2026-01-01\"", "20000000"))
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("field", equalTo("decisionDate"));
        }

        @Test
        void refusesAComplaintReferenceLongerThanAnyRealOne() {
            // leading zeros keep the serial and its check digit: once stored as given, it overflowed the column (500)
            String padded = "CMP-2026-" + "0".repeat(40) + "123-3";
            open(decision(UUID.randomUUID(), END_OF_JANUARY_2026, "[]", APOLOGY_IN_FOUR_WEEKS)
                    .replace("CMP-2026-000123-3", padded))
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("field", equalTo("complaintReference"));
        }

        @Test
        void refusesTooManyActionsAndNullsInItsLists() {
            String many = String.join(",", java.util.Collections.nCopies(51, APOLOGY_IN_FOUR_WEEKS));
            open(decision(UUID.randomUUID(), END_OF_JANUARY_2026, "[]", many)).statusCode(400)
                    .body("field", equalTo("actions"));
            open(decision(UUID.randomUUID(), END_OF_JANUARY_2026, "[null]", APOLOGY_IN_FOUR_WEEKS)).statusCode(400)
                    .body("field", startsWith("childReferences[0]"));
            open(decision(UUID.randomUUID(), END_OF_JANUARY_2026, "[]", "null")).statusCode(400)
                    .body("field", startsWith("actions[0]"));
            open(decision(UUID.randomUUID(), END_OF_JANUARY_2026, "[]",
                    APOLOGY_IN_FOUR_WEEKS.replace("}", ",\"description\":\"" + "x".repeat(10_001) + "\"}")))
                    .statusCode(400)
                    .body("field", equalTo("actions[0].description"));
        }

        @Test
        void refusesAPageBeyondAnyListNamingTheParameter() {
            // page × size once overflowed an int into a negative offset: 500
            Tokens.as(Roles.AUDITOR).queryParam("page", Integer.MAX_VALUE).queryParam("size", 100)
                    .when().get("/remedy-cases").then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("field", equalTo("page"));
            Tokens.as(Roles.AUDITOR).queryParam("page", Integer.MAX_VALUE).queryParam("size", 100)
                    .when().get("/themes").then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("field", equalTo("page"));
        }

        @Test
        void refusesAComplaintIdThatIsNotOneNamingTheParameter() {
            Tokens.as(Roles.AUDITOR).queryParam("complaintId", "not-a-uuid").when().get("/remedy-cases").then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }

        @Test
        void refusesASecondCaseForTheSameDecision() {
            String body = apologyDecidedOn(LocalDate.of(2026, 5, 5));
            open(body).statusCode(201);
            open(body).statusCode(409)
                    .contentType("application/problem+json")
                    .body("rule", equalTo("remedy.decision-already-opened"));
        }

        @Test
        void answersNotFoundForAnUnknownCase() {
            Tokens.as(Roles.REMEDY_OFFICER).when().get("/remedy-cases/{id}", "0e0e0e0e-0000-4000-8000-000000000000").then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:redress:problem:not-found"));
        }

        private void assertBreaksRule(String body, String rule, String field) {
            open(body).statusCode(422)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:redress:problem:" + rule))
                    .body("rule", equalTo(rule))
                    .body("field", equalTo(field));
        }
    }

    @Nested
    class WithAnIdempotencyKey {

        @Test
        void replaysTheFirstResponseAndOpensOnlyOneCase() {
            String body = apologyDecidedOn(LocalDate.of(2025, 8, 20));
            String key = "remedy-" + System.nanoTime();
            String first = Tokens.as(Roles.REMEDY_OFFICER).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                    .when().post("/remedy-cases").then().statusCode(201).extract().path("id");
            String second = Tokens.as(Roles.REMEDY_OFFICER).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                    .when().post("/remedy-cases").then().statusCode(201)
                    .header("Idempotent-Replayed", "true")
                    .extract().path("id");

            assertThat(second).isEqualTo(first);
            // case-opened and its one action-created, once each
            CloudEventRecords.await(Topics.REMEDIES, first, 2, Duration.ofSeconds(20));
            CloudEventRecords.assertNoMore(Topics.REMEDIES, first, 2, Duration.ofSeconds(2));
        }

        @Test
        void refusesTheSameKeyWithAnotherBody() {
            String key = "remedy-" + System.nanoTime();
            Tokens.as(Roles.REMEDY_OFFICER).contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(apologyDecidedOn(LocalDate.of(2025, 8, 20)))
                    .when().post("/remedy-cases").then().statusCode(201);
            Tokens.as(Roles.REMEDY_OFFICER).contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(apologyDecidedOn(LocalDate.of(2025, 8, 21)))
                    .when().post("/remedy-cases").then()
                    .statusCode(422)
                    .body("type", equalTo("urn:redress:problem:idempotency-key-reused"));
        }
    }
}
