package org.redress.complaints.remedyprogress;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redress.complaints.intake.IntakeRequests;
import org.redress.contracts.Topics;
import org.redress.contracts.events.EventType;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.CloudEventPublisher;
import org.redress.testkit.OutgoingCloudEvent;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The same remedy event delivered twice has one effect, and the consumer keeps working: a later,
 * different event is still applied. Without the processed-message check the redelivery would
 * hit the primary key, fail every retry and stop the consumer, so the last assertion would fail.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class RemedyEventsDeduplicationIT {

    private static final String SOURCE = "urn:redress:remedy-service";

    @Test
    void aRedeliveredRemedyCaseOpenedIsRecordedOnce() {
        String complaintId = IntakeRequests.registerAndGetId(LocalDate.of(2026, 10, 1));
        String eventId = UUID.randomUUID().toString();
        String firstCase = UUID.randomUUID().toString();

        OutgoingCloudEvent opened = new OutgoingCloudEvent(eventId, EventType.REMEDY_CASE_OPENED.ceType(),
                SOURCE, "REM-2026-000001-2", OffsetDateTime.now(ZoneOffset.UTC),
                remedyCaseOpened(firstCase, complaintId, "REM-2026-000001-2"));
        CloudEventPublisher.publish(Topics.REMEDIES, firstCase, opened);
        CloudEventPublisher.publish(Topics.REMEDIES, firstCase, opened);

        String secondCase = UUID.randomUUID().toString();
        CloudEventPublisher.publish(Topics.REMEDIES, secondCase, OutgoingCloudEvent.of(
                EventType.REMEDY_CASE_OPENED.ceType(), SOURCE, "REM-2026-000002-0",
                remedyCaseOpened(secondCase, complaintId, "REM-2026-000002-0")));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> Tokens.as(Roles.COMPLAINTS_OFFICER)
                .when().get("/complaints/{id}/remedy-cases", complaintId)
                .then().statusCode(200).body("$", hasSize(2)));
        // and it stays at two: the duplicate had no late effect either
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).untilAsserted(() -> Tokens.as(Roles.COMPLAINTS_OFFICER)
                .when().get("/complaints/{id}/remedy-cases", complaintId)
                .then().statusCode(200).body("$", hasSize(2)));
    }

    private static String remedyCaseOpened(String remedyCaseId, String complaintId, String reference) {
        return """
                {"remedyCaseId":"%s","reference":"%s","complaintId":"%s","complaintReference":"CMP-2026-000001-5",
                 "source":"STAGE_2","decisionDate":"2026-11-20","actionCount":3}"""
                .formatted(remedyCaseId, reference, complaintId);
    }
}
