package org.redress.testkit;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the Kafka clients' INFO logs (every configuration value, on every producer and consumer) out of
 * the test kit's own test output. Services set {@code quarkus.log.category."org.apache.kafka".level}
 * instead; these plain JUnit tests have no Quarkus configuration, and Quarkus's initial log
 * configurator ignores a logging.properties file.
 */
final class KafkaClientLogs {

    // held strongly: java.util.logging forgets the level of a logger nobody references
    private static final Logger KAFKA = Logger.getLogger("org.apache.kafka");

    private KafkaClientLogs() {
    }

    static void quiet() {
        KAFKA.setLevel(Level.WARNING);
    }
}
