package org.redress.remedies.agreedactions;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redress.contracts.Topics;
import org.redress.contracts.events.EventType;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.CloudEventPublisher;
import org.redress.testkit.CloudEventRecords;
import org.redress.testkit.OutgoingCloudEvent;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A stage 3 decision with three agreed actions, delivered twice, opens one case with three correctly dated actions. */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class StageDecisionEventIT {

    @Test
    void threeAgreedActionsDeliveredTwiceOpenOneCaseWithThreeActions() {
        String complaintId = UUID.randomUUID().toString();
        OutgoingCloudEvent decision = new OutgoingCloudEvent(UUID.randomUUID().toString(),
                EventType.COMPLAINT_ACTIONS_AGREED.ceType(), "urn:redress:complaints-service", "CMP-2026-000123-3",
                OffsetDateTime.now(ZoneOffset.UTC), """
                {"complaintId":"%s","complaintReference":"CMP-2026-000123-3","source":"STAGE_3","decisionDate":"2024-01-31",
                 "childReferences":["CR-104233"],
                 "actions":[{"actionRef":"A1","type":"APOLOGY","period":"P4W","amountPence":null,"theme":null},
                            {"actionRef":"A2","type":"PAYMENT","period":"P1M","amountPence":25000,"theme":null},
                            {"actionRef":"A3","type":"SERVICE_IMPROVEMENT","period":"P3M","amountPence":null,"theme":"carer-assessments"}]}"""
                        .formatted(complaintId));
        CloudEventPublisher.publish(Topics.COMPLAINTS, complaintId, decision);
        CloudEventPublisher.publish(Topics.COMPLAINTS, complaintId, decision);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> cases(complaintId).body("total", equalTo(1)));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .untilAsserted(() -> cases(complaintId).body("total", equalTo(1)));
        cases(complaintId)
                .body("items[0].source", equalTo("STAGE_3"))
                .body("items[0].actions.actionRef", contains("A1", "A2", "A3"))
                // by hand: 31 Jan 2024 + 4 weeks = 28 Feb; + 1 month = 31 Feb clamped to 29 Feb (leap year);
                // + 3 months = 30 Apr (31 Apr clamped)
                .body("items[0].actions.dueDate", contains("2024-02-28", "2024-02-29", "2024-04-30"));
        String id = cases(complaintId).extract().path("items[0].id");
        // case-opened and one action-created per action, once each
        CloudEventRecords.await(Topics.REMEDIES, id, 4, Duration.ofSeconds(20));
        CloudEventRecords.assertNoMore(Topics.REMEDIES, id, 4, Duration.ofSeconds(2));
    }

    @Test
    void aDecisionAnnouncedLateKeepsItsOwnDateAndShowsEachAgreedActionOnTheTimelineFromThatDay() {
        // decided three weeks ago, announced today: payments made in between belong to the case
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        LocalDate decided = today.minusDays(21);
        String complaintId = UUID.randomUUID().toString();
        CloudEventPublisher.publish(Topics.COMPLAINTS, complaintId, new OutgoingCloudEvent(UUID.randomUUID().toString(),
                EventType.COMPLAINT_ACTIONS_AGREED.ceType(), "urn:redress:complaints-service", "CMP-2026-000123-3",
                OffsetDateTime.now(ZoneOffset.UTC), """
                {"complaintId":"%s","complaintReference":"CMP-2026-000123-3","source":"STAGE_2","decisionDate":"%s",
                 "childReferences":["CR-104233"],
                 "actions":[{"actionRef":"A1","type":"APOLOGY","period":"P4W","amountPence":null,"theme":null},
                            {"actionRef":"A2","type":"PAYMENT","period":"P1M","amountPence":25000,"theme":null}]}"""
                        .formatted(complaintId, decided)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> cases(complaintId).body("total", equalTo(1)));
        var opened = cases(complaintId).body("items[0].decisionDate", equalTo(decided.toString())).extract();
        String id = opened.path("items[0].id");
        String payment = opened.path("items[0].actions[1].id");

        Tokens.as(Roles.REMEDY_OFFICER).contentType(ContentType.JSON).body("""
                {"kind":"TIME_AND_TROUBLE","paidOn":"%s","amountPence":25000,"reference":"AP-2026-7"}"""
                .formatted(decided.plusDays(7)))
                .when().post("/remedy-cases/{id}/actions/{a}/payments", id, payment).then()
                .statusCode(201).body("actions[1].status", equalTo("COMPLETED"));
        Tokens.as(Roles.AUDITOR).when().get("/remedy-cases/{id}/timeline", id).then()
                .body("kind", contains("ACTION_ADDED", "ACTION_ADDED", "PAYMENT", "COMPLETED"))
                .body("on", contains(decided.toString(), decided.toString(), decided.plusDays(7).toString(),
                        decided.plusDays(7).toString()))
                .body("actionId[2]", equalTo(payment));
    }

    private static io.restassured.response.ValidatableResponse cases(String complaintId) {
        return Tokens.as(Roles.REMEDY_OFFICER).queryParam("complaintId", complaintId).when().get("/remedy-cases").then()
                .statusCode(200);
    }
}
