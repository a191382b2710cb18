package org.redress.testkit;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes a CloudEvent in Kafka binary mode to the shared test broker ({@link TestKafka}), as another
 * service would: attributes in {@code ce_*} headers, {@code content-type: application/json}, the JSON
 * data as the value. Publishing the same {@link OutgoingCloudEvent} twice delivers a duplicate, which
 * is how tests prove that a consumer is idempotent.
 */
public final class CloudEventPublisher {

    static final String SPEC_VERSION = "1.0";
    private static final long ACK_TIMEOUT_SECONDS = 30;

    private CloudEventPublisher() {
    }

    /** Sends the event and waits for the broker's acknowledgement; returns where it was written. */
    public static RecordMetadata publish(String topic, String key, OutgoingCloudEvent event) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, "ce_specversion", SPEC_VERSION);
        header(headers, "ce_id", event.id());
        header(headers, "ce_type", event.type());
        header(headers, "ce_source", event.source());
        if (event.subject() != null) {
            header(headers, "ce_subject", event.subject());
        }
        header(headers, "ce_time", event.time().toString());
        header(headers, "content-type", "application/json");
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, null, key, event.data(), headers);
        // a producer per call: tests publish a handful of events, and nothing stays open between tests
        try (var producer = new KafkaProducer<>(config(), new StringSerializer(), new StringSerializer())) {
            return producer.send(record).get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot publish CloudEvent " + event.id() + " to " + topic + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing CloudEvent " + event.id(), e);
        }
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> config() {
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ProducerConfig.CLIENT_ID_CONFIG, "redress-testkit-publisher",
                ProducerConfig.ACKS_CONFIG, "all");
    }
}
