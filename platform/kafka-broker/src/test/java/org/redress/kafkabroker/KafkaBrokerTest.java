package org.redress.kafkabroker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class KafkaBrokerTest {

    private static final String TOPIC = "broker-test";

    @Test
    void keepsARecordAcrossARestartAndDeletesItsDataOnClose() throws Exception {
        KafkaBrokerSettings settings = KafkaBrokerSettings.forTests(List.of(TOPIC));
        Path dataDir = settings.dataDir();
        try (KafkaBroker broker = KafkaBroker.start(settings)) {
            assertTrue(broker.isRunning());
            assertEquals("127.0.0.1:" + settings.port(), broker.bootstrapServers());

            produce(broker.bootstrapServers(), "case-1", "registered");
            assertEquals(List.of("case-1=registered"), readAll(broker.bootstrapServers(), 1));

            broker.stop();
            assertFalse(broker.isRunning());
            assertTrue(Files.isDirectory(dataDir), "stop keeps the data dir");

            broker.restart();
            assertTrue(broker.isRunning());
            assertEquals(List.of("case-1=registered"), readAll(broker.bootstrapServers(), 1),
                    "the record survived the restart");
        }
        assertFalse(Files.exists(dataDir), "close deletes a temporary data dir");
    }

    private static void produce(String bootstrap, String key, String value) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
        }
    }

    /** Reads every partition from the start without a consumer group: no group coordinator to wait for. */
    private static List<String> readAll(String bootstrap, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<String> seen = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(p -> new TopicPartition(TOPIC, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Instant deadline = Instant.now().plusSeconds(20);
            while (seen.size() < expected && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    seen.add(r.key() + "=" + r.value());
                }
            }
        }
        return seen;
    }
}
