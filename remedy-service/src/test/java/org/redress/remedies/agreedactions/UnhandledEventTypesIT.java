package org.redress.remedies.agreedactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.redress.contracts.Topics;
import org.redress.contracts.events.EventType;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.CloudEventPublisher;
import org.redress.testkit.OutgoingCloudEvent;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * remedy-service reads every complaint event and acts on one type. The others (three per intake) are
 * passed over before any transaction: no processed-message row is written for them, so an intake costs
 * remedy-service nothing in the database. The event it handles is still recorded once.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class UnhandledEventTypesIT {

    private static final String SOURCE = "urn:redress:complaints-service";
    private static final String REFERENCE = "CMP-2026-000124-1";

    @Inject
    EntityManager em;

    @Test
    void aComplaintEventItDoesNotActOnLeavesNoProcessedMessageRow() {
        String complaintId = UUID.randomUUID().toString();
        OutgoingCloudEvent registered = OutgoingCloudEvent.of(EventType.COMPLAINT_REGISTERED.ceType(), SOURCE, REFERENCE, """
                {"complaintId":"%s","reference":"%s","receivedDate":"2026-02-02",
                 "procedure":"STATUTORY_CHILDREN","stageOneDueDate":"2026-02-16"}""".formatted(complaintId, REFERENCE));
        OutgoingCloudEvent agreed = OutgoingCloudEvent.of(EventType.COMPLAINT_ACTIONS_AGREED.ceType(), SOURCE, REFERENCE, """
                {"complaintId":"%s","complaintReference":"%s","source":"STAGE_1","decisionDate":"2026-03-02",
                 "childReferences":["CR-104233"],
                 "actions":[{"actionRef":"A1","type":"APOLOGY","period":"P4W","amountPence":null,"theme":null}]}"""
                .formatted(complaintId, REFERENCE));
        CloudEventPublisher.publish(Topics.COMPLAINTS, complaintId, registered);
        CloudEventPublisher.publish(Topics.COMPLAINTS, complaintId, agreed);

        // the second event is on the same partition, behind the first: once its case is open, both were read
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Tokens.as(Roles.REMEDY_OFFICER)
                .queryParam("complaintId", complaintId).when().get("/remedy-cases").then().statusCode(200)
                .body("total", equalTo(1)));
        assertThat(processedRows(agreed.id())).as("the actions-agreed event, recorded as processed").isEqualTo(1);
        assertThat(processedRows(registered.id())).as("the registered event, passed over").isZero();
    }

    private long processedRows(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM processed_message WHERE event_id = :id").setParameter("id", eventId)
                .getSingleResult()).longValue());
    }
}
