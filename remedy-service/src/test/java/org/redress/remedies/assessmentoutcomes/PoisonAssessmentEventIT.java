package org.redress.remedies.assessmentoutcomes;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
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
 * A missed-provision event worth £92 quadrillion a week (a {@code long}'s largest value) once crashed the
 * consumer on an overflow, stopped the whole assessment-events channel (liveness DOWN) and stopped it again
 * after every restart. Now it is refused by the same bounds the HTTP edge uses, dead-lettered with a reason
 * naming the field, counted, and the next event is applied.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class PoisonAssessmentEventIT {

    private static final String SOURCE = "urn:redress:assessment-service";
    private static final String CONSUMER = "remedies.assessment-outcomes";

    @Test
    void anImplausibleWeeklyAmountIsDeadLetteredAndTheNextEventApplied() {
        double countedBefore = DeadLetterRecords.counted(CONSUMER, "event.implausible-value");
        String poisonAssessment = UUID.randomUUID().toString();
        OutgoingCloudEvent poison = missedProvision(poisonAssessment, "CR-POISON-1", Long.MAX_VALUE);
        CloudEventPublisher.publish(Topics.ASSESSMENTS, poisonAssessment, poison);
        String goodAssessment = UUID.randomUUID().toString();
        CloudEventPublisher.publish(Topics.ASSESSMENTS, goodAssessment, missedProvision(goodAssessment, "CR-AFTER-1", 5250));

        ReceivedCloudEvent dead = DeadLetterRecords.await(Topics.ASSESSMENTS_DEAD_LETTERS_OF_REMEDY_SERVICE,
                poisonAssessment, Duration.ofSeconds(30));
        assertThat(dead.id()).isEqualTo(poison.id());
        assertThat(dead.type()).isEqualTo(EventType.MISSED_PROVISION_RECORDED.ceType());
        assertThat(dead.data()).isEqualTo(poison.data());
        assertThat(dead.headers()).containsEntry(DeadLetterRecords.REASON_HEADER, "event.implausible-value: weeklyAmountPence")
                .containsEntry("dead-letter-topic", Topics.ASSESSMENTS)
                .doesNotContainKey("dead-letter-cause");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(casesOfChild("CR-AFTER-1")).isEqualTo(1));
        assertThat(casesOfChild("CR-POISON-1")).isZero();
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        assertThat(DeadLetterRecords.counted(CONSUMER, "event.implausible-value")).isEqualTo(countedBefore + 1);
    }

    static OutgoingCloudEvent missedProvision(String assessmentId, String childRef, long weeklyAmountPence) {
        return OutgoingCloudEvent.of(EventType.MISSED_PROVISION_RECORDED.ceType(), SOURCE, "ASM-2026-000078-9", """
                {"assessmentId":"%s","reference":"ASM-2026-000078-9","childRef":"%s","provisionId":"%s",
                 "provisionKind":"DIRECT_PAYMENT","weeklyAmountPence":%d,"missedFrom":"2024-07-01","missedTo":"2024-09-30"}"""
                .formatted(assessmentId, childRef, UUID.randomUUID(), weeklyAmountPence));
    }

    /** How many remedy cases are about this child. */
    static int casesOfChild(String childRef) {
        return Tokens.as(Roles.REMEDY_OFFICER).queryParam("size", 100).when().get("/remedy-cases").then().statusCode(200)
                .extract().jsonPath().getList("items.findAll { it.childReferences[0] == '%s' }".formatted(childRef)).size();
    }
}
