package org.redress.assessments.reassessments;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.redress.assessments.reassessments.ReassessmentRequests.SOURCE;
import static org.redress.assessments.reassessments.ReassessmentRequests.assessmentsFor;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redress.contracts.Topics;
import org.redress.contracts.events.EventType;
import org.redress.testkit.CloudEventPublisher;
import org.redress.testkit.DeadLetterRecords;
import org.redress.testkit.OutgoingCloudEvent;
import org.redress.testkit.ReceivedCloudEvent;
import org.redress.testkit.RedressTestResources;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A reassessment asked for by year 1 was opened as it came. Now the consumer checks the request's values
 * against the bounds the HTTP edge uses: the event is dead-lettered with a reason naming the field, counted,
 * and the next request opens its assessment.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class PoisonReassessmentRequestIT {

    private static final String CONSUMER = "assessments.reassessment-requests";

    @Test
    void aDueDateInYearOneIsDeadLetteredAndTheNextRequestOpensItsAssessment() {
        double countedBefore = DeadLetterRecords.counted(CONSUMER, "event.implausible-value");
        String poisonCase = UUID.randomUUID().toString();
        String poisonAction = UUID.randomUUID().toString();
        OutgoingCloudEvent poison = requested(poisonCase, poisonAction, "0001-01-01");
        CloudEventPublisher.publish(Topics.REMEDIES, poisonCase, poison);
        String goodCase = UUID.randomUUID().toString();
        String goodAction = UUID.randomUUID().toString();
        CloudEventPublisher.publish(Topics.REMEDIES, goodCase, requested(goodCase, goodAction, "2026-12-23"));

        ReceivedCloudEvent dead = DeadLetterRecords.await(Topics.REMEDIES_DEAD_LETTERS_OF_ASSESSMENT_SERVICE, poisonCase,
                Duration.ofSeconds(30));
        assertThat(dead.id()).isEqualTo(poison.id());
        assertThat(dead.headers()).containsEntry(DeadLetterRecords.REASON_HEADER, "event.implausible-value: dueDate")
                .containsEntry("dead-letter-topic", Topics.REMEDIES);

        await().atMost(Duration.ofSeconds(30)).until(() -> assessmentsFor(goodAction), ids -> ids.size() == 1);
        assertThat(assessmentsFor(poisonAction)).isEmpty();
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        assertThat(DeadLetterRecords.counted(CONSUMER, "event.implausible-value")).isEqualTo(countedBefore + 1);
    }

    private static OutgoingCloudEvent requested(String remedyCaseId, String actionId, String dueDate) {
        return OutgoingCloudEvent.of(EventType.REASSESSMENT_REQUESTED.ceType(), SOURCE, "REM-2026-000042-7", """
                {"remedyCaseId":"%s","reference":"REM-2026-000042-7","actionId":"%s",
                 "complaintId":"3f7c2a9e-1b4d-4c55-9a63-0d2f8e6b7a10","childRef":"CR-300009","dueDate":"%s"}"""
                .formatted(remedyCaseId, actionId, dueDate));
    }
}
