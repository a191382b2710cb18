package org.redress.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.contracts.Topics;

class CloudEventRoundTripTest {

    @BeforeAll
    static void quietKafkaClients() {
        KafkaClientLogs.quiet();
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @Test
    void readsBackEveryAttributeOfAPublishedEvent() {
        String key = "complaint-" + UUID.randomUUID();
        var sent = new OutgoingCloudEvent(UUID.randomUUID().toString(), "org.redress.complaints.ComplaintRegistered.v1",
                "/complaints-service", key, OffsetDateTime.parse("2026-01-05T09:30:00Z"),
                "{\"complaintId\":\"" + key + "\",\"stage\":1}");

        CloudEventPublisher.publish(Topics.COMPLAINTS, key, sent);

        ReceivedCloudEvent received = CloudEventRecords.await(Topics.COMPLAINTS, key, 1, TIMEOUT).get(0);
        assertThat(received.key()).isEqualTo(key);
        assertThat(received.id()).isEqualTo(sent.id());
        assertThat(received.specVersion()).isEqualTo("1.0");
        assertThat(received.type()).isEqualTo(sent.type());
        assertThat(received.source()).isEqualTo("/complaints-service");
        assertThat(received.subject()).isEqualTo(key);
        assertThat(received.time()).isEqualTo(sent.time());
        assertThat(received.dataContentType()).isEqualTo("application/json");
        assertThat(received.headers()).containsKeys("ce_id", "ce_type", "ce_source", "ce_subject", "ce_time",
                "ce_specversion", "content-type");
        assertThat(received.dataJson().get("stage").asInt()).isEqualTo(1);
        assertThat(received.partition()).isBetween(0, 2);

        CloudEventRecords.assertNoMore(Topics.COMPLAINTS, key, 1, Duration.ofMillis(500));
    }

    @Test
    void seesADuplicateDeliveryOfTheSameEvent() {
        String key = "assessment-" + UUID.randomUUID();
        var event = OutgoingCloudEvent.of("org.redress.assessments.AssessmentStarted.v1", "/assessment-service", key,
                "{}");

        CloudEventPublisher.publish(Topics.ASSESSMENTS, key, event);
        CloudEventPublisher.publish(Topics.ASSESSMENTS, key, event);

        List<ReceivedCloudEvent> both = CloudEventRecords.await(Topics.ASSESSMENTS, key, 2, TIMEOUT);
        assertThat(both).extracting(ReceivedCloudEvent::id).containsExactly(event.id(), event.id());
        assertThat(both.get(1).offset()).isGreaterThan(both.get(0).offset());
        assertThatThrownBy(() -> CloudEventRecords.assertNoMore(Topics.ASSESSMENTS, key, 1, Duration.ofMillis(300)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("found 2");
    }
}
