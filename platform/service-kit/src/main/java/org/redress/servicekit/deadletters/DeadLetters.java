package org.redress.servicekit.deadletters;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.redress.servicekit.inbox.RefusedEvent;

/**
 * Reads this service's dead-letter topics and publishes a dead-lettered record again. Each call uses its own
 * short-lived Kafka client that belongs to no consumer group, so reading never moves anyone's offsets;
 * an operator's occasional look does not need a client kept open.
 */
@ApplicationScoped
public class DeadLetters {

    static final String DEAD_LETTER_HEADER_PREFIX = "dead-letter-";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(200);

    private final String bootstrapServers;
    private final DeadLetterTopics topics;

    public DeadLetters(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, DeadLetterTopics topics) {
        this.bootstrapServers = bootstrapServers;
        this.topics = topics;
    }

    /** Every record on this service's dead-letter topics (or on {@code onlyTopic}), oldest first per partition. */
    public List<ConsumerRecord<String, String>> all(String onlyTopic) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            for (String topic : topics.all()) {
                if (onlyTopic == null || onlyTopic.equals(topic)) {
                    readToEnd(consumer, topic, found);
                }
            }
        }
        return found;
    }

    /** The record at {@code topic}-{@code partition}@{@code offset}, if that is one of this service's dead letters. */
    public Optional<ConsumerRecord<String, String>> find(String topic, int partition, long offset) {
        if (topics.sourceOf(topic).isEmpty()) {
            return Optional.empty();
        }
        TopicPartition at = new TopicPartition(topic, partition);
        try (KafkaConsumer<String, String> consumer = consumer()) {
            if (consumer.partitionsFor(topic, TIMEOUT).stream().noneMatch(p -> p.partition() == partition)) {
                return Optional.empty();
            }
            consumer.assign(List.of(at));
            long end = consumer.endOffsets(List.of(at), TIMEOUT).get(at);
            if (offset >= end) {
                return Optional.empty();
            }
            consumer.seek(at, offset);
            Instant deadline = Instant.now().plus(TIMEOUT);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    if (record.offset() == offset) {
                        return Optional.of(record);
                    }
                }
                if (consumer.position(at) > offset) {
                    return Optional.empty(); // compacted or deleted by retention
                }
            }
            throw new IllegalStateException("dead-letter record not read within " + TIMEOUT);
        }
    }

    /**
     * Publishes the dead-lettered event again, unchanged (key, value and CloudEvent headers; the
     * {@code dead-letter-*} headers dropped), to the topic its consumer reads. Every consumer of that topic
     * receives it again; those that applied it already skip it by its event id.
     */
    public RecordMetadata replay(ConsumerRecord<String, String> deadLetter) {
        String target = topics.sourceOf(deadLetter.topic()).orElseThrow();
        RecordHeaders headers = new RecordHeaders();
        for (Header header : deadLetter.headers()) {
            if (!header.key().startsWith(DEAD_LETTER_HEADER_PREFIX)) {
                headers.add(header);
            }
        }
        var record = new ProducerRecord<>(target, null, deadLetter.key(), deadLetter.value(), headers);
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, "redress-dead-letter-replay",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) TIMEOUT.toMillis()), new StringSerializer(), new StringSerializer())) {
            return producer.send(record).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot publish the dead-lettered event again: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing a dead-lettered event again");
        }
    }

    /** The view of a dead-lettered record; {@code applied} says whether its consumer has applied it since. */
    static DeadLetterView view(ConsumerRecord<String, String> record, boolean applied) {
        String reason = header(record, "dead-letter-reason");
        String partition = header(record, "dead-letter-partition");
        String offset = header(record, "dead-letter-offset");
        return new DeadLetterView(record.topic(), record.partition(), record.offset(), header(record, "dead-letter-topic"),
                partition == null ? null : Integer.valueOf(partition), offset == null ? null : Long.valueOf(offset),
                eventId(record), header(record, "ce_type"), reason, RefusedEvent.codeOf(reason),
                Instant.ofEpochMilli(record.timestamp()).atOffset(ZoneOffset.UTC), applied);
    }

    static String eventId(ConsumerRecord<String, String> record) {
        return header(record, "ce_id");
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private void readToEnd(KafkaConsumer<String, String> consumer, String topic, List<ConsumerRecord<String, String>> found) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, TIMEOUT).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, TIMEOUT);
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("dead-letter topic not read to its end within " + TIMEOUT);
            }
            consumer.poll(POLL).forEach(found::add);
        }
    }

    private KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG, "redress-dead-letter-reader",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis()),
                new StringDeserializer(), new StringDeserializer());
    }
}
