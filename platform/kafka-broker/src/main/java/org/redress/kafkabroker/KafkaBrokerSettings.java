package org.redress.kafkabroker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How to run one single-node Kafka broker: where its data lives, its two ports (client and KRaft
 * controller), the topics to create up front and the broker JVM's maximum heap.
 *
 * @param dataDir           folder for the broker's logs, its configuration and its console log
 * @param port              the PLAINTEXT client port on 127.0.0.1
 * @param controllerPort    the KRaft controller port on 127.0.0.1
 * @param deleteDataOnClose whether {@link KafkaBroker#close()} deletes {@code dataDir}
 * @param topics            topics created when the broker starts (missing ones only)
 * @param partitions        partitions of each created topic
 * @param heapMax           the broker JVM's heap flag, e.g. {@code -Xmx512m}
 */
public record KafkaBrokerSettings(Path dataDir, int port, int controllerPort, boolean deleteDataOnClose,
                                  List<String> topics, int partitions, String heapMax) {

    private static final String TEST_HEAP = "-Xmx512m";
    // three partitions, so that tests meet more than one partition as services do in production
    private static final int TEST_PARTITIONS = 3;

    public KafkaBrokerSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        dataDir = dataDir.toAbsolutePath();
        requirePort(port, "port");
        requirePort(controllerPort, "controllerPort");
        if (port == controllerPort) {
            throw new IllegalArgumentException("port and controllerPort must differ, both are " + port);
        }
        topics = List.copyOf(topics);
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, was " + partitions);
        }
        if (heapMax == null || !heapMax.startsWith("-Xmx")) {
            throw new IllegalArgumentException("heapMax must be a -Xmx flag such as -Xmx512m, was " + heapMax);
        }
    }

    /**
     * A throw-away broker for a test JVM: a new temporary folder deleted on close, two free ports,
     * three partitions per topic and a 512 MB heap.
     */
    public static KafkaBrokerSettings forTests(List<String> topics) {
        try {
            Path dir = Files.createTempDirectory("redress-kafka-");
            int[] ports = FreePorts.two();
            return new KafkaBrokerSettings(dir, ports[0], ports[1], true, topics, TEST_PARTITIONS, TEST_HEAP);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the test Kafka broker", e);
        }
    }

    /**
     * A broker for running the suite locally: it keeps its data across runs in {@code dataDir}. The
     * controller listens on {@code port + 1} when that is free, otherwise on any free port (the
     * quorum is configured statically, so the controller port may change between runs).
     */
    public static KafkaBrokerSettings forLocalRun(Path dataDir, int port, List<String> topics) {
        int controllerPort = FreePorts.isFree(port + 1) ? port + 1 : FreePorts.any();
        return new KafkaBrokerSettings(dataDir, port, controllerPort, false, topics, TEST_PARTITIONS, TEST_HEAP);
    }

    /** The broker's client address as Kafka clients want it. */
    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    private static void requirePort(int port, String name) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(name + " must be between 1 and 65535, was " + port);
        }
    }
}
