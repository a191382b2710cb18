package org.redress.kafkabroker;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.stream.Stream;

/** The files a broker keeps in its data folder: configuration, KRaft log dir and console log. */
final class BrokerFiles {

    private final KafkaBrokerSettings settings;

    BrokerFiles(KafkaBrokerSettings settings) {
        this.settings = settings;
    }

    Path serverProperties() {
        return settings.dataDir().resolve("server.properties");
    }

    Path log4jConfig() {
        return settings.dataDir().resolve("log4j2.properties");
    }

    /** The broker JVM's stdout and stderr (and the format tool's). */
    Path consoleLog() {
        return settings.dataDir().resolve("broker.log");
    }

    /** "pid start-instant" of the running broker JVM; absent while stopped. */
    Path pidFile() {
        return settings.dataDir().resolve("broker.pid");
    }

    Path logDir() {
        return settings.dataDir().resolve("kraft-logs");
    }

    /** StorageTool writes meta.properties when it formats; a formatted dir must be reused, not formatted again. */
    boolean isFormatted() {
        return Files.exists(logDir().resolve("meta.properties"));
    }

    /** Writes the configuration afresh on every start, so that changed ports of a local run apply. */
    void writeConfiguration() {
        try {
            Files.createDirectories(logDir());
            Files.writeString(serverProperties(), serverPropertiesText(), StandardCharsets.UTF_8);
            Files.writeString(log4jConfig(), LOG4J_CONFIG, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Kafka broker configuration in " + settings.dataDir(), e);
        }
    }

    private String serverPropertiesText() {
        String host = "127.0.0.1";
        return String.join("\n",
                "# written by org.redress.kafkabroker.KafkaBroker on every start",
                "process.roles=broker,controller",
                "node.id=1",
                // a static quorum: unlike controller.quorum.bootstrap.servers, the voters' endpoints are
                // not written into the formatted log, so a local run may get another controller port
                "controller.quorum.voters=1@" + host + ":" + settings.controllerPort(),
                "listeners=PLAINTEXT://" + host + ":" + settings.port() + ",CONTROLLER://" + host + ":"
                        + settings.controllerPort(),
                "advertised.listeners=PLAINTEXT://" + host + ":" + settings.port(),
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + logDir(),
                "num.partitions=" + settings.partitions(),
                "default.replication.factor=1",
                "min.insync.replicas=1",
                // one node: every internal topic must make do with one replica
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                // fewer internal partitions than the default 50: the first consumer group is ready sooner
                "offsets.topic.num.partitions=5",
                "transaction.state.log.num.partitions=5",
                "group.initial.rebalance.delay.ms=0",
                // the log cleaner's dedupe buffer is on the heap and 128 MB by default, most of the broker's
                // footprint; 4 MB still holds about 170,000 keys of the compacted internal topics
                "log.cleaner.dedupe.buffer.size=4194304",
                // topics are created up front; a typo in a topic name must fail, not create a topic
                "auto.create.topics.enable=false",
                "");
    }

    // WARN and above to the console, which the launcher sends to broker.log: quiet unless something is wrong
    private static final String LOG4J_CONFIG = String.join("\n",
            "status = warn",
            // Kafka stops logging in its own shutdown hook; log4j's hook would only warn that it came too late
            "shutdownHook = disable",
            "appender.console.type = Console",
            "appender.console.name = STDOUT",
            "appender.console.layout.type = PatternLayout",
            "appender.console.layout.pattern = %d{ISO8601} %-5p [%c{1}] %m%n",
            "rootLogger.level = warn",
            "rootLogger.appenderRef.console.ref = STDOUT",
            "");

    /** The last lines of the console log, for exception messages. */
    String consoleLogTail(int lines) {
        Path log = consoleLog();
        if (!Files.exists(log)) {
            return "(no broker log at " + log + ")";
        }
        Deque<String> tail = new ArrayDeque<>();
        try (Stream<String> all = Files.lines(log, StandardCharsets.UTF_8)) {
            all.forEach(line -> {
                tail.addLast(line);
                if (tail.size() > lines) {
                    tail.removeFirst();
                }
            });
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
        return "last lines of " + log + ":\n" + String.join("\n", tail);
    }

    /**
     * Deletes the whole data folder; a file that will not go is reported, not thrown. Plain loops and
     * java.io only, no lambdas: this runs in a shutdown hook, possibly after a Quarkus test class loader
     * that loaded this class was closed, when loading a class not loaded before may fail.
     */
    void deleteDataDir() {
        deleteRecursively(settings.dataDir().toFile());
    }

    private static void deleteRecursively(File file) {
        File[] children = file.listFiles();
        if (children != null) {
            for (File child : children) {
                deleteRecursively(child);
            }
        }
        if (file.exists() && !file.delete()) {
            System.err.println("KafkaBroker: cannot delete " + file);
        }
    }
}
