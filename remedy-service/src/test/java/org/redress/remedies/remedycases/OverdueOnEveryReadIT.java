package org.redress.remedies.remedycases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.redress.remedies.remedycases.RemedyCaseRequests.decision;
import static org.redress.remedies.remedycases.RemedyCaseRequests.open;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.redress.contracts.Topics;
import org.redress.remedies.remedycases.application.OverdueActionsSweep;
import org.redress.servicekit.security.Roles;
import org.redress.servicekit.sweep.SweepRunner;
import org.redress.testkit.CloudEventRecords;
import org.redress.testkit.ReceivedCloudEvent;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * An action is overdue from the day after its due date in every read, by the service's clock,
 * whether or not the hourly sweep has run yet (DOMAIN §4 and §5: the record is the evidence); the
 * sweep still announces it, once. The sweep is off in tests, so nothing here has been swept until
 * the test drains it.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class OverdueOnEveryReadIT {

    /** Four weeks, due today; 27 days, due yesterday; 26 days, due the day before and already in hand. */
    private static final String DUE_TODAY_YESTERDAY_AND_IN_HAND = String.join(",",
            """
            {"actionRef":"A1","type":"APOLOGY","period":"P4W"}""",
            """
            {"actionRef":"A2","type":"NAMED_CONTACT","period":"P27D"}""",
            """
            {"actionRef":"A3","type":"SERVICE_IMPROVEMENT","period":"P26D","theme":"%s"}""");

    @Inject
    Clock clock;

    @Inject
    OverdueActionsSweep sweep;

    @Inject
    SweepRunner sweepRunner;

    @Test
    void everyReadReportsAnActionOverdueTheDayAfterItsDueDateBeforeAndAfterTheSweep() {
        LocalDate today = LocalDate.now(clock);
        UUID complaintId = UUID.randomUUID();
        String theme = "overdue-reads-" + Long.toString(System.nanoTime(), 36);
        JsonPath opened = open(decision(complaintId, today.minusDays(28), "[]",
                DUE_TODAY_YESTERDAY_AND_IN_HAND.formatted(theme))).statusCode(201).extract().jsonPath();
        String id = opened.getString("id");
        assertThat(opened.getList("actions.status")).containsExactly("OPEN", "OVERDUE", "OVERDUE");
        Tokens.as(Roles.REMEDY_OFFICER).contentType(ContentType.JSON).body("{\"note\":\"draft policy circulated\"}")
                .when().post("/remedy-cases/{id}/actions/{a}/progress", id, opened.getString("actions[2].id"))
                .then().statusCode(200);

        assertEveryReadShowsOverdue(id, complaintId, opened, theme);

        sweepRunner.drain(sweep, today); // other tests' actions may be swept too
        assertEveryReadShowsOverdue(id, complaintId, opened, theme);

        List<ReceivedCloudEvent> events = CloudEventRecords.await(Topics.REMEDIES, id, 6, Duration.ofSeconds(20));
        assertThat(events).extracting(ReceivedCloudEvent::type).endsWith("org.redress.remedy.action-overdue.v1",
                "org.redress.remedy.action-overdue.v1");
        assertThat(events.subList(4, 6)).extracting(e -> e.dataJson().path("overdueOn").asText())
                .containsOnly(today.toString());
        sweepRunner.drain(sweep, today); // announced once: another sweep the same day finds nothing to say
        CloudEventRecords.assertNoMore(Topics.REMEDIES, id, 6, Duration.ofSeconds(3));
    }

    private static void assertEveryReadShowsOverdue(String id, UUID complaintId, JsonPath opened, String theme) {
        Tokens.as(Roles.REMEDY_OFFICER).when().get("/remedy-cases/{id}", id).then().statusCode(200)
                .body("actions.status", contains("OPEN", "OVERDUE", "OVERDUE"))
                .body("actions.overdue", contains(false, true, true));
        Tokens.as(Roles.COMPLAINTS_MANAGER).queryParam("complaintId", complaintId.toString())
                .when().get("/remedy-cases").then().statusCode(200)
                .body("items[0].id", equalTo(id))
                .body("items[0].actions.status", contains("OPEN", "OVERDUE", "OVERDUE"))
                .body("items[0].actions.overdue", contains(false, true, true));

        Map<String, String> queued = queuedStatuses(List.of(opened.getString("actions[1].id"),
                opened.getString("actions[2].id")));
        assertThat(queued).containsOnly(Map.entry(opened.getString("actions[1].id"), "OVERDUE"),
                Map.entry(opened.getString("actions[2].id"), "OVERDUE"));

        Tokens.as(Roles.AUDITOR).queryParam("size", 100).when().get("/themes").then().statusCode(200)
                .body("items.find { it.theme == '%s' }.actions.status".formatted(theme), contains("OVERDUE"));
    }

    /** The work queue's status for each of {@code actionIds}, from the overdue actions' pages. */
    private static Map<String, String> queuedStatuses(List<String> actionIds) {
        Map<String, String> found = new java.util.HashMap<>();
        for (int page = 0; found.size() < actionIds.size(); page++) {
            List<Map<String, Object>> items = Tokens.as(Roles.REMEDY_OFFICER).queryParam("state", "OVERDUE")
                    .queryParam("page", page).queryParam("size", 100).when().get("/remedy-actions").then()
                    .statusCode(200).extract().jsonPath().getList("items");
            if (items.isEmpty()) {
                break;
            }
            items.stream().filter(item -> actionIds.contains(item.get("actionId")))
                    .forEach(item -> found.put((String) item.get("actionId"), (String) item.get("status")));
        }
        return found;
    }
}
