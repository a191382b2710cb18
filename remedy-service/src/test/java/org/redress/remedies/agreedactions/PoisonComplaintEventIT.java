package org.redress.remedies.agreedactions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.redress.remedies.agreedactions.ActionsAgreedEvents.actionsAgreed;
import static org.redress.remedies.agreedactions.ActionsAgreedEvents.casesOf;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redress.contracts.Topics;
import org.redress.testkit.CloudEventPublisher;
import org.redress.testkit.DeadLetterRecords;
import org.redress.testkit.OutgoingCloudEvent;
import org.redress.testkit.ReceivedCloudEvent;
import org.redress.testkit.RedressTestResources;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Agreed actions with a period of 9,999 months (833 years) opened a remedy case with a due date centuries
 * away. Now the consumer checks the decision's values against the bounds the HTTP edge uses: the event is
 * dead-lettered with a reason naming the field, counted, and the next decision opens its case.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class PoisonComplaintEventIT {

    private static final String CONSUMER = "remedies.actions-agreed";

    @Test
    void aPeriodOfCenturiesIsDeadLetteredAndTheNextDecisionOpensItsCase() {
        double countedBefore = DeadLetterRecords.counted(CONSUMER, "event.implausible-value");
        String poisonComplaint = UUID.randomUUID().toString();
        OutgoingCloudEvent poison = actionsAgreed(poisonComplaint, "P9999M");
        CloudEventPublisher.publish(Topics.COMPLAINTS, poisonComplaint, poison);
        String goodComplaint = UUID.randomUUID().toString();
        CloudEventPublisher.publish(Topics.COMPLAINTS, goodComplaint, actionsAgreed(goodComplaint, "P4W"));

        ReceivedCloudEvent dead = DeadLetterRecords.await(Topics.COMPLAINTS_DEAD_LETTERS_OF_REMEDY_SERVICE, poisonComplaint,
                Duration.ofSeconds(30));
        assertThat(dead.id()).isEqualTo(poison.id());
        assertThat(dead.headers()).containsEntry(DeadLetterRecords.REASON_HEADER, "event.implausible-value: actions[0].period")
                .containsEntry("dead-letter-topic", Topics.COMPLAINTS);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> casesOf(goodComplaint).body("total", equalTo(1)));
        casesOf(poisonComplaint).body("total", equalTo(0));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        assertThat(DeadLetterRecords.counted(CONSUMER, "event.implausible-value")).isEqualTo(countedBefore + 1);
    }
}
