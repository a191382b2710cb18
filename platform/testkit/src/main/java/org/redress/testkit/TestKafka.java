package org.redress.testkit;

import java.nio.file.Path;

import org.redress.contracts.Topics;
import org.redress.kafkabroker.KafkaBroker;
import org.redress.kafkabroker.KafkaBrokerSettings;

/**
 * The one Kafka broker of a test JVM, with every topic of {@link Topics#ALL}, started on first use
 * and closed (data deleted) by a shutdown hook when the JVM ends.
 *
 * <p>Tests may {@link KafkaBroker#stop() stop} and {@link KafkaBroker#restart() restart} it to see how
 * a service copes with an outage; {@link RedressTestResources} restarts it if a test left it stopped.
 *
 * <p>Why system properties: Quarkus loads test code in its own class loaders (one per test profile
 * or resource set), each with its own copy of this class's statics. The broker's settings are kept in
 * JVM-wide system properties so that every copy attaches to the same broker instead of starting one.
 */
public final class TestKafka {

    private static final String PREFIX = "org.redress.testkit.kafka.";
    private static final String DATA_DIR = PREFIX + "data-dir";
    private static final String PORT = PREFIX + "port";
    private static final String CONTROLLER_PORT = PREFIX + "controller-port";
    private static final String PARTITIONS = PREFIX + "partitions";
    private static final String HEAP = PREFIX + "heap";
    // a string literal is interned, so this is one monitor for all class loaders of the JVM
    private static final Object JVM_WIDE_LOCK = "org.redress.testkit.TestKafka";

    // this class loader's handle on the JVM's broker: the only mutable static, see the class comment
    private static KafkaBroker broker;

    private TestKafka() {
    }

    /** The shared broker, started or attached to on first call. */
    public static KafkaBroker broker() {
        synchronized (JVM_WIDE_LOCK) {
            if (broker == null) {
                broker = System.getProperty(DATA_DIR) == null ? startShared() : KafkaBroker.attach(sharedSettings());
            }
            return broker;
        }
    }

    /** {@code 127.0.0.1:<port>} of the shared broker; the same after a stop and restart. */
    public static String bootstrapServers() {
        return broker().bootstrapServers();
    }

    private static KafkaBroker startShared() {
        KafkaBrokerSettings settings = KafkaBrokerSettings.forTests(Topics.ALL);
        // KafkaBroker.start registers the shutdown hook that stops the broker and deletes its folder
        KafkaBroker started = KafkaBroker.start(settings);
        System.setProperty(DATA_DIR, settings.dataDir().toString());
        System.setProperty(PORT, Integer.toString(settings.port()));
        System.setProperty(CONTROLLER_PORT, Integer.toString(settings.controllerPort()));
        System.setProperty(PARTITIONS, Integer.toString(settings.partitions()));
        System.setProperty(HEAP, settings.heapMax());
        return started;
    }

    private static KafkaBrokerSettings sharedSettings() {
        return new KafkaBrokerSettings(Path.of(System.getProperty(DATA_DIR)),
                Integer.parseInt(System.getProperty(PORT)), Integer.parseInt(System.getProperty(CONTROLLER_PORT)),
                true, Topics.ALL, Integer.parseInt(System.getProperty(PARTITIONS)), System.getProperty(HEAP));
    }
}
