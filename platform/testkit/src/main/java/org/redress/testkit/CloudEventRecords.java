package org.redress.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the CloudEvents that a service published to the shared test broker ({@link TestKafka}).
 *
 * <p>Every call reads the topic from the beginning with its own consumer that is assigned all partitions
 * and belongs to no consumer group: no group join to wait for, no committed offsets, and no effect on
 * the services' consumer groups or on other tests. Tests tell their events apart by key (each test
 * creates its own aggregate).
 */
public final class CloudEventRecords {

    private static final Duration POLL = Duration.ofMillis(100);

    private CloudEventRecords() {
    }

    /**
     * Waits until at least {@code count} events with this key are on the topic and returns all of them
     * read so far, in offset order; fails with what it found when the timeout passes first.
     */
    public static List<ReceivedCloudEvent> await(String topic, String key, int count, Duration timeout) {
        List<ReceivedCloudEvent> found = read(topic, key, timeout, count);
        if (found.size() < count) {
            throw new AssertionError("expected " + count + " CloudEvent(s) with key " + key + " on " + topic
                    + " within " + timeout + " but found " + found.size() + ": " + found);
        }
        return found;
    }

    /**
     * Reads for the whole {@code quiet} period and asserts that exactly {@code count} events with this key
     * are on the topic: proves "published exactly once" after {@link #await}, or "nothing published"
     * with count 0.
     */
    public static List<ReceivedCloudEvent> assertNoMore(String topic, String key, int count, Duration quiet) {
        List<ReceivedCloudEvent> found = read(topic, key, quiet, Integer.MAX_VALUE);
        if (found.size() != count) {
            throw new AssertionError("expected exactly " + count + " CloudEvent(s) with key " + key + " on " + topic
                    + " but found " + found.size() + ": " + found);
        }
        return found;
    }

    private static List<ReceivedCloudEvent> read(String topic, String key, Duration duration, int enough) {
        List<ReceivedCloudEvent> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config(), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, duration).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Instant deadline = Instant.now().plus(duration);
            while (found.size() < enough && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    if (key.equals(record.key())) {
                        found.add(toEvent(record));
                    }
                }
            }
        }
        return found;
    }

    private static Map<String, Object> config() {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ConsumerConfig.CLIENT_ID_CONFIG, "redress-testkit-reader",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                // only committed records: an event whose transaction rolled back was not published
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    }

    static ReceivedCloudEvent toEvent(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        String time = headers.get("ce_time");
        return new ReceivedCloudEvent(record.key(), headers.get("ce_id"), headers.get("ce_specversion"),
                headers.get("ce_type"), headers.get("ce_source"), headers.get("ce_subject"),
                time == null ? null : OffsetDateTime.parse(time), headers.get("content-type"),
                headers, record.value(), record.partition(), record.offset());
    }
}
