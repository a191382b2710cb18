package org.redress.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * Reads a whole topic as an outside observer: every committed record from the beginning up to the current
 * end, without a consumer group (so it never moves a service's offsets).
 */
public final class TopicReader {

    private static final Duration POLL = Duration.ofMillis(200);

    private final String bootstrapServers;

    public TopicReader(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Every record now on the topic, in partition then offset order. */
    public List<EventRecord> readAll(String topic) {
        try (var consumer = new KafkaConsumer<>(config(), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            List<EventRecord> records = new ArrayList<>();
            Instant deadline = Instant.now().plusSeconds(60);
            while (!reached(consumer, end)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("could not read " + topic + " to its end " + end + " within 60 s");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    records.add(toEvent(record));
                }
            }
            records.sort(Comparator.comparingInt(EventRecord::partition).thenComparingLong(EventRecord::offset));
            return records;
        }
    }

    /** Reads the topic again and again until {@code done} holds for its records, or fails after {@code timeout}. */
    public List<EventRecord> await(String topic, Predicate<List<EventRecord>> done, Duration timeout, String what) {
        Instant deadline = Instant.now().plus(timeout);
        List<EventRecord> records = readAll(topic);
        while (!done.test(records)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("after " + timeout.toSeconds() + " s, " + topic + " still does not show " + what
                        + " (" + records.size() + " records)");
            }
            sleep(Duration.ofMillis(500));
            records = readAll(topic);
        }
        return records;
    }

    private static boolean reached(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private Map<String, Object> config() {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG, "redress-e2e-observer",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    }

    private static EventRecord toEvent(ConsumerRecord<String, String> record) {
        return new EventRecord(record.topic(), record.partition(), record.offset(), record.key(),
                header(record, "ce_id"), header(record, "ce_type"), header(record, "ce_subject"), parse(record.value()));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static JsonNode parse(String value) {
        if (value == null) {
            return MissingNode.getInstance();
        }
        try {
            return Api.JSON.readTree(value);
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }

    public static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
