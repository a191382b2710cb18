package org.redress.complaints.remedyprogress;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Consumer;

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
import io.restassured.response.ValidatableResponse;

/**
 * The complaint shows how far its remedy case has got, from remedy-service's events: each action
 * counted once whether an event is redelivered (same ce_id) or the same fact is re-sent under a
 * new ce_id, an overdue action stops counting as overdue once completed, payments add up by
 * running total, and the case shows when it was completed.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class RemedyProgressIT {

    private static final String SOURCE = "urn:redress:remedy-service";
    private static final String REFERENCE = "REM-2026-000077-3";

    private final String remedyCaseId = UUID.randomUUID().toString();

    @Test
    void theComplaintShowsItsRemedyCasesActionsCompletedOverdueAndPaidOnceEachThenCompletion() {
        String complaintId = IntakeRequests.registerAndGetId(LocalDate.of(2026, 10, 1));
        String payment = UUID.randomUUID().toString();
        String apology = UUID.randomUUID().toString();
        String training = UUID.randomUUID().toString();

        publish(UUID.randomUUID().toString(), EventType.REMEDY_CASE_OPENED, """
                {"remedyCaseId":"%s","reference":"%s","complaintId":"%s","complaintReference":"CMP-2026-000001-5",
                 "source":"STAGE_2","decisionDate":"2026-11-20","actionCount":3}""".formatted(remedyCaseId, REFERENCE,
                complaintId));
        publish(UUID.randomUUID().toString(), EventType.REMEDY_PAYMENT_RECORDED, """
                {"remedyCaseId":"%s","reference":"%s","actionId":"%s","paymentKind":"TIME_AND_TROUBLE",
                 "paidOn":"2026-12-01","amountPence":30000,"totalPaidPence":30000,"amountDuePence":30000,
                 "shortfallPence":0}""".formatted(remedyCaseId, REFERENCE, payment));
        // the payment action completed on time, delivered twice with the same ce_id
        String completedOnce = UUID.randomUUID().toString();
        String paymentCompleted = actionCompleted(payment, "A1", "PAYMENT", "2026-12-18", "2026-12-01", true);
        publish(completedOnce, EventType.REMEDY_ACTION_COMPLETED, paymentCompleted);
        publish(completedOnce, EventType.REMEDY_ACTION_COMPLETED, paymentCompleted);
        // the apology completed late, re-sent under a new ce_id
        String apologyCompleted = actionCompleted(apology, "A2", "APOLOGY", "2026-12-18", "2026-12-21", false);
        publish(UUID.randomUUID().toString(), EventType.REMEDY_ACTION_COMPLETED, apologyCompleted);
        publish(UUID.randomUUID().toString(), EventType.REMEDY_ACTION_COMPLETED, apologyCompleted);
        publish(UUID.randomUUID().toString(), EventType.REMEDY_ACTION_OVERDUE, """
                {"remedyCaseId":"%s","reference":"%s","actionId":"%s","actionRef":"A3","actionType":"SERVICE_IMPROVEMENT",
                 "source":"STAGE_2","dueDate":"2027-02-20","overdueOn":"2027-02-21"}""".formatted(remedyCaseId,
                REFERENCE, training));

        awaitSteady(complaintId, response -> response
                .body("[0].remedyCaseId", equalTo(remedyCaseId))
                .body("[0].actionCount", equalTo(3))
                .body("[0].actionsCompleted", equalTo(2))
                .body("[0].actionsCompletedOnTime", equalTo(1))
                .body("[0].actionsOverdue", equalTo(1))
                .body("[0].paidPence", equalTo(30000))
                .body("[0].complete", equalTo(false))
                .body("[0].completedOn", nullValue()));

        publish(UUID.randomUUID().toString(), EventType.REMEDY_ACTION_COMPLETED,
                actionCompleted(training, "A3", "SERVICE_IMPROVEMENT", "2027-02-20", "2027-03-05", false));
        publish(UUID.randomUUID().toString(), EventType.REMEDY_CASE_COMPLETED, """
                {"remedyCaseId":"%s","reference":"%s","complaintId":"%s","completedOn":"2027-03-05","actionCount":3,
                 "lateActions":2}""".formatted(remedyCaseId, REFERENCE, complaintId));

        awaitSteady(complaintId, response -> response
                .body("[0].actionCount", equalTo(3))
                .body("[0].actionsCompleted", equalTo(3))
                .body("[0].actionsCompletedOnTime", equalTo(1))
                .body("[0].actionsOverdue", equalTo(0))
                .body("[0].paidPence", equalTo(30000))
                .body("[0].complete", equalTo(true))
                .body("[0].completedOn", equalTo("2027-03-05")));
    }

    /** Waits until the complaint shows the expected progress, then checks that it stays so (no late duplicate effect). */
    private static void awaitSteady(String complaintId, Consumer<ValidatableResponse> expected) {
        Runnable check = () -> expected.accept(Tokens.as(Roles.COMPLAINTS_OFFICER)
                .when().get("/complaints/{id}/remedy-cases", complaintId)
                .then().statusCode(200).body("$", hasSize(1)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(check::run);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).untilAsserted(check::run);
    }

    private String actionCompleted(String actionId, String actionRef, String type, String due, String completedOn,
            boolean onTime) {
        return """
                {"remedyCaseId":"%s","reference":"%s","actionId":"%s","actionRef":"%s","actionType":"%s",
                 "dueDate":"%s","completedOn":"%s","onTime":%s}""".formatted(remedyCaseId, REFERENCE, actionId,
                actionRef, type, due, completedOn, onTime);
    }

    private void publish(String eventId, EventType type, String data) {
        CloudEventPublisher.publish(Topics.REMEDIES, remedyCaseId, new OutgoingCloudEvent(eventId, type.ceType(),
                SOURCE, REFERENCE, OffsetDateTime.now(ZoneOffset.UTC), data));
    }
}
