package org.redress.complaints.remedyprogress;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redress.complaints.intake.IntakeRequests;
import org.redress.contracts.Topics;
import org.redress.contracts.events.EventType;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.CloudEventPublisher;
import org.redress.testkit.DeadLetterRecords;
import org.redress.testkit.OutgoingCloudEvent;
import org.redress.testkit.ReceivedCloudEvent;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A remedy case announced with a decision in year 1 was recorded against the complaint as it came.
 * Now the consumer checks the values of remedy events against the bounds the HTTP edge uses: the event
 * is dead-lettered with a reason naming the field, counted, and the next event is recorded.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class PoisonRemedyEventIT {

    private static final String SOURCE = "urn:redress:remedy-service";
    private static final String CONSUMER = "complaints.remedy-progress";

    @Test
    void aDecisionDateInYearOneIsDeadLetteredAndTheNextEventRecorded() {
        String complaintId = IntakeRequests.registerAndGetId(LocalDate.of(2026, 10, 1));
        double countedBefore = DeadLetterRecords.counted(CONSUMER, "event.implausible-value");
        String poisonCase = UUID.randomUUID().toString();
        OutgoingCloudEvent poison = caseOpened(poisonCase, complaintId, "0001-01-01");
        CloudEventPublisher.publish(Topics.REMEDIES, poisonCase, poison);
        String goodCase = UUID.randomUUID().toString();
        CloudEventPublisher.publish(Topics.REMEDIES, goodCase, caseOpened(goodCase, complaintId, "2026-11-20"));

        ReceivedCloudEvent dead = DeadLetterRecords.await(Topics.REMEDIES_DEAD_LETTERS_OF_COMPLAINTS_SERVICE, poisonCase,
                Duration.ofSeconds(30));
        assertThat(dead.id()).isEqualTo(poison.id());
        assertThat(dead.headers()).containsEntry(DeadLetterRecords.REASON_HEADER, "event.implausible-value: decisionDate")
                .containsEntry("dead-letter-topic", Topics.REMEDIES);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Tokens.as(Roles.COMPLAINTS_OFFICER)
                .when().get("/complaints/{id}/remedy-cases", complaintId).then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].remedyCaseId", equalTo(goodCase)));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        assertThat(DeadLetterRecords.counted(CONSUMER, "event.implausible-value")).isEqualTo(countedBefore + 1);
    }

    private static OutgoingCloudEvent caseOpened(String remedyCaseId, String complaintId, String decisionDate) {
        return OutgoingCloudEvent.of(EventType.REMEDY_CASE_OPENED.ceType(), SOURCE, "REM-2026-000091-4", """
                {"remedyCaseId":"%s","reference":"REM-2026-000091-4","complaintId":"%s","complaintReference":"CMP-2026-000001-5",
                 "source":"STAGE_2","decisionDate":"%s","actionCount":1}""".formatted(remedyCaseId, complaintId, decisionDate));
    }
}
