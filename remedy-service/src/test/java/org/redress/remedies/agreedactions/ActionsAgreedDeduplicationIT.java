package org.redress.remedies.agreedactions;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redress.contracts.Topics;
import org.redress.contracts.events.EventType;
import org.redress.testkit.CloudEventPublisher;
import org.redress.testkit.CloudEventRecords;
import org.redress.testkit.OutgoingCloudEvent;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The same ActionsAgreed delivered twice opens one remedy case, the same decision re-sent under
 * a new event id opens none, other complaint events are skipped, and the consumer keeps working:
 * a later, different decision still opens its case. Without the processed-message check the
 * redelivery would hit the one-case-per-decision constraint on every retry and stop the consumer,
 * so the last assertion would fail.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class ActionsAgreedDeduplicationIT {

    private static final String SOURCE = "urn:redress:complaints-service";
    private static final String COMPLAINT_REFERENCE = "CMP-2026-000123-3";

    @Test
    void aRedeliveredActionsAgreedOpensOneRemedyCase() {
        String complaintId = UUID.randomUUID().toString();
        OutgoingCloudEvent stageOne = new OutgoingCloudEvent(UUID.randomUUID().toString(),
                EventType.COMPLAINT_ACTIONS_AGREED.ceType(), SOURCE, COMPLAINT_REFERENCE,
                OffsetDateTime.now(ZoneOffset.UTC), actionsAgreed(complaintId, "STAGE_1", "2026-03-02"));
        CloudEventPublisher.publish(Topics.COMPLAINTS, complaintId, stageOne);
        CloudEventPublisher.publish(Topics.COMPLAINTS, complaintId, stageOne);
        // the same decision sent again as a new event: refused by one case per decision, then skipped
        CloudEventPublisher.publish(Topics.COMPLAINTS, complaintId, OutgoingCloudEvent.of(
                EventType.COMPLAINT_ACTIONS_AGREED.ceType(), SOURCE, COMPLAINT_REFERENCE, stageOne.data()));
        CloudEventPublisher.publish(Topics.COMPLAINTS, complaintId, OutgoingCloudEvent.of(
                EventType.COMPLAINT_REGISTERED.ceType(), SOURCE, COMPLAINT_REFERENCE, """
                        {"complaintId":"%s","reference":"%s","receivedDate":"2026-02-02",
                         "procedure":"STATUTORY_CHILDREN","stageOneDueDate":"2026-02-16"}"""
                        .formatted(complaintId, COMPLAINT_REFERENCE)));
        CloudEventPublisher.publish(Topics.COMPLAINTS, complaintId, OutgoingCloudEvent.of(
                EventType.COMPLAINT_ACTIONS_AGREED.ceType(), SOURCE, COMPLAINT_REFERENCE,
                actionsAgreed(complaintId, "STAGE_2", "2026-06-01")));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> casesOf(complaintId)
                .body("total", equalTo(2))
                .body("items.source", contains("STAGE_2", "STAGE_1")));
        // and it stays at two: the duplicates had no late effect either
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).untilAsserted(() -> casesOf(complaintId)
                .body("total", equalTo(2)));

        String stageOneCase = casesOf(complaintId).extract().path("items[1].id");
        casesOf(complaintId)
                .body("items[1].decisionDate", equalTo("2026-03-02"))
                // 2 Mar 2026 + 1 month = 2 Apr; + 4 weeks = 30 Mar
                .body("items[1].actions.dueDate", contains("2026-03-30", "2026-04-02"))
                .body("items[1].actions[1].amountPence", equalTo(25000));
        // case-opened and its two action-created, once each
        CloudEventRecords.await(Topics.REMEDIES, stageOneCase, 3, Duration.ofSeconds(20));
        CloudEventRecords.assertNoMore(Topics.REMEDIES, stageOneCase, 3, Duration.ofSeconds(2));
    }

    private static io.restassured.response.ValidatableResponse casesOf(String complaintId) {
        return Tokens.as(Roles.REMEDY_OFFICER).queryParam("complaintId", complaintId).when().get("/remedy-cases").then().statusCode(200);
    }

    private static String actionsAgreed(String complaintId, String source, String decisionDate) {
        return """
                {"complaintId":"%s","complaintReference":"%s","source":"%s","decisionDate":"%s",
                 "childReferences":["CR-104233"],
                 "actions":[{"actionRef":"A1","type":"APOLOGY","period":"P4W","amountPence":null,"theme":null},
                            {"actionRef":"A2","type":"PAYMENT","period":"P1M","amountPence":25000,"theme":null}]}"""
                .formatted(complaintId, COMPLAINT_REFERENCE, source, decisionDate);
    }
}
