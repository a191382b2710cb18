package org.redress.remedies.remedycases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.redress.remedies.remedycases.RemedyCaseRequests.decision;
import static org.redress.remedies.remedycases.RemedyCaseRequests.open;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * A remedy case and the work queue read as they stood at the end of a past day, from the record (DOMAIN §5: the
 * record is the evidence): what was open, overdue and paid that day, not what is true today.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class AsOfReadsIT {

    @Inject
    Clock clock;

    @Test
    void aCaseReadAsOfADayBeforeAnActionWasCompletedShowsItOpenAndOverdueAndFromThatDayCompleted() {
        LocalDate today = LocalDate.now(clock);
        LocalDate decided = today.minusDays(40);
        LocalDate apologyDue = decided.plusDays(28);
        LocalDate paymentDue = decided.plusMonths(1);
        LocalDate d1 = today.minusDays(8);
        LocalDate d2 = today.minusDays(5);
        Opened opened = openApologyAndPayment(decided);
        post(opened, opened.payment(), "payments", """
                {"kind":"DISTRESS","paidOn":"%s","amountPence":10000,"reference":"AP-ASOF-1"}""".formatted(today.minusDays(20)))
                .statusCode(201);
        post(opened, opened.apology(), "completion", """
                {"completedOn":"%s","apologySentOn":"%s"}""".formatted(d2, d2.minusDays(1))).statusCode(200);

        read(opened.caseId(), d1).statusCode(200)
                .body("actions.actionRef", contains("A1", "A2"))
                .body("actions.status", contains("OVERDUE", "OVERDUE"))
                .body("actions.overdue", contains(true, true))
                .body("actions[0].completedOn", nullValue())
                .body("actions[1].paidPence", equalTo(10000))
                .body("actions[1].shortfallPence", equalTo(20000))
                .body("actions[1].dueDate", equalTo(paymentDue.toString()))
                .body("complete", equalTo(false));
        read(opened.caseId(), apologyDue).statusCode(200)
                .body("actions.status", contains("OPEN", paymentDue.isBefore(apologyDue) ? "OVERDUE" : "OPEN"))
                .body("actions[0].overdue", equalTo(false));
        read(opened.caseId(), d2).statusCode(200)
                .body("actions[0].status", equalTo("COMPLETED"))
                .body("actions[0].completedOn", equalTo(d2.toString()));
        // today, as without asOf
        read(opened.caseId(), today).statusCode(200).body("actions[0].status", equalTo("COMPLETED"))
                .body("actions[1].status", equalTo("OVERDUE"));
    }

    @Test
    void aCaseReadAsOfADayBeforeItsDecisionDidNotYetExistAndTomorrowCannotBeRead() {
        LocalDate today = LocalDate.now(clock);
        Opened opened = openApologyAndPayment(today.minusDays(40));
        read(opened.caseId(), today.minusDays(41)).statusCode(404)
                .body("rule", equalTo("remedy.case-not-yet-decided")).body("field", equalTo("asOf"));
        read(opened.caseId(), today.plusDays(1)).statusCode(400)
                .body("rule", equalTo("request.as-of-in-future")).body("field", equalTo("asOf"));
    }

    @Test
    void theWorkQueueAsOfAPastDayListsWhatWasOverdueThatDayAndNotWhatWasAgreedLater() {
        LocalDate today = LocalDate.now(clock);
        LocalDate d1 = today.minusDays(8);
        Opened opened = openApologyAndPayment(today.minusDays(40));
        post(opened, opened.apology(), "completion", """
                {"completedOn":"%s","apologySentOn":"%s"}""".formatted(today.minusDays(5), today.minusDays(5)))
                .statusCode(200);
        String later = Tokens.as(Roles.REMEDY_OFFICER).contentType(ContentType.JSON).body("""
                {"actionRef":"A3","type":"NAMED_CONTACT","period":"P4W","agreedOn":"%s"}""".formatted(today.minusDays(2)))
                .when().post("/remedy-cases/{id}/actions", opened.caseId()).then().statusCode(201).extract()
                .path("actions[2].id");

        Map<String, Map<String, Object>> then = overdue(d1);
        assertThat(then).containsKeys(opened.apology(), opened.payment()).doesNotContainKey(later);
        assertThat(then.get(opened.apology())).containsEntry("status", "OVERDUE").containsEntry("state", "OVERDUE")
                .containsEntry("daysOverdue", 4);

        Map<String, Map<String, Object>> now = overdue(null);
        assertThat(now).containsKeys(opened.payment(), later).doesNotContainKey(opened.apology());
    }

    record Opened(String caseId, String apology, String payment) {
    }

    private static Opened openApologyAndPayment(LocalDate decided) {
        JsonPath created = open(decision(UUID.randomUUID(), decided, "[\"CR-104233\"]", """
                {"actionRef":"A1","type":"APOLOGY","period":"P4W"}""", """
                {"actionRef":"A2","type":"PAYMENT","period":"P1M","amountPence":30000}""")).statusCode(201).extract()
                .jsonPath();
        return new Opened(created.getString("id"), created.getString("actions[0].id"), created.getString("actions[1].id"));
    }

    private static ValidatableResponse read(String caseId, LocalDate asOf) {
        return Tokens.as(Roles.AUDITOR).queryParam("asOf", asOf.toString()).when().get("/remedy-cases/{id}", caseId)
                .then();
    }

    private static ValidatableResponse post(Opened opened, String actionId, String step, String body) {
        return Tokens.as(Roles.REMEDY_OFFICER).contentType(ContentType.JSON).body(body)
                .when().post("/remedy-cases/{id}/actions/{a}/" + step, opened.caseId(), actionId).then();
    }

    /** Every overdue action in the queue, by action id, as of {@code asOf} (today when null). */
    private static Map<String, Map<String, Object>> overdue(LocalDate asOf) {
        List<Map<String, Object>> listed = new ArrayList<>();
        for (int page = 0; ; page++) {
            var request = Tokens.as(Roles.REMEDY_OFFICER).queryParam("state", "OVERDUE").queryParam("page", page)
                    .queryParam("size", 100);
            if (asOf != null) {
                request.queryParam("asOf", asOf.toString());
            }
            List<Map<String, Object>> items = request.when().get("/remedy-actions").then().statusCode(200).extract()
                    .jsonPath().getList("items");
            if (items.isEmpty()) {
                break;
            }
            listed.addAll(items);
        }
        Map<String, Map<String, Object>> byAction = new java.util.HashMap<>();
        listed.forEach(item -> byAction.put((String) item.get("actionId"), item));
        return byAction;
    }
}
