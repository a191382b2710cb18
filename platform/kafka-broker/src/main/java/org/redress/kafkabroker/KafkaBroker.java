package org.redress.kafkabroker;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.Uuid;

/**
 * A real single-node Kafka 4.1 broker (KRaft, combined broker and controller) running in its own JVM,
 * for tests and local runs without Docker.
 *
 * <p>The broker runs out of process so that its jars (Scala, log4j, its own Jackson) never meet a
 * Quarkus class path; this module's jar carries their class path as a resource. A data folder that is
 * already formatted is reused, so {@link #restart()} and a second local run keep their records.
 *
 * <pre>{@code
 * try (KafkaBroker broker = KafkaBroker.start(KafkaBrokerSettings.forTests(List.of("orders")))) {
 *     String bootstrap = broker.bootstrapServers();
 * }
 * }</pre>
 *
 * <p>The data folder is the broker's identity: the running broker's pid is kept there, so several
 * handles on one folder (see {@link #attach}) agree on whether it runs. That is what lets Quarkus tests
 * in different class loaders of one JVM share one broker. Thread-safe. If the owner forgets
 * {@link #close()}, a shutdown hook does it; if the owner is killed outright, {@link OwnerWatchdog}
 * inside the broker JVM stops the broker.
 */
public final class KafkaBroker implements AutoCloseable {

    static final String CLASSPATH_RESOURCE = "/org/redress/kafkabroker/broker-classpath.txt";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);
    private static final int LOG_TAIL_LINES = 40;

    private final KafkaBrokerSettings settings;
    private final BrokerFiles files;
    private final BrokerProcess process;
    private final Thread shutdownHook;
    /** One monitor per data folder for the whole JVM: interned strings are shared across class loaders. */
    private final Object lock;
    private boolean closed;

    private KafkaBroker(KafkaBrokerSettings settings, boolean owner) {
        this.settings = settings;
        this.files = new BrokerFiles(settings);
        this.process = new BrokerProcess(files);
        this.lock = ("org.redress.kafkabroker:" + settings.dataDir()).intern();
        this.shutdownHook = owner ? new Thread(this::closeWithoutUnregistering, "kafka-broker-shutdown-" + settings.port()) : null;
    }

    /** Starts a broker and returns once it serves clients and every topic in the settings exists. */
    public static KafkaBroker start(KafkaBrokerSettings settings) {
        KafkaBroker broker = new KafkaBroker(settings, true);
        Runtime.getRuntime().addShutdownHook(broker.shutdownHook);
        return launched(broker);
    }

    /**
     * Starts a broker whose shutdown the caller orders itself (the local launcher stops the
     * services first, then the broker): no JVM shutdown hook of its own, which would race the
     * caller's. If the caller's JVM dies without closing it, the broker's watchdog still stops it.
     */
    public static KafkaBroker startClosedByCaller(KafkaBrokerSettings settings) {
        return launched(new KafkaBroker(settings, true));
    }

    private static KafkaBroker launched(KafkaBroker broker) {
        try {
            broker.restart();
            return broker;
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
    }

    /**
     * A handle on a broker that another handle started with the same settings (typically in another
     * class loader of this JVM). It can stop, restart and close that broker; it adds no shutdown hook,
     * the starting handle's hook covers the broker.
     */
    public static KafkaBroker attach(KafkaBrokerSettings settings) {
        return new KafkaBroker(settings, false);
    }

    /** {@code 127.0.0.1:<port>}; stays the same across {@link #stop()} and {@link #restart()}. */
    public String bootstrapServers() {
        return settings.bootstrapServers();
    }

    public KafkaBrokerSettings settings() {
        return settings;
    }

    /** Stops the broker (SIGTERM, a clean shutdown) and waits for its JVM to exit; data and ports are kept. */
    public void stop() {
        synchronized (lock) {
            process.stop();
        }
    }

    /** Stops the broker if it runs, then starts it again on the same ports and data, and waits until ready. */
    public void restart() {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("this KafkaBroker is closed; start a new one");
            }
            process.stop();
            launch();
        }
    }

    public boolean isRunning() {
        synchronized (lock) {
            return process.isRunning();
        }
    }

    /** Stops the broker and, for temporary settings, deletes its data folder. Idempotent. */
    @Override
    public void close() {
        closeWithoutUnregistering();
        if (shutdownHook == null) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook); // false if never added: harmless
        } catch (IllegalStateException shutdownInProgress) {
            // close() called from another shutdown hook: ours runs anyway and finds the broker closed
        }
    }

    private void closeWithoutUnregistering() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            process.stop();
            if (settings.deleteDataOnClose()) {
                files.deleteDataDir();
            }
        }
    }

    private void launch() {
        files.writeConfiguration();
        String classPath = brokerClassPath();
        if (!files.isFormatted()) {
            format(classPath);
        }
        process.start(command(classPath, List.of(OwnerWatchdog.class.getName(),
                Long.toString(ProcessHandle.current().pid()), "kafka.Kafka", files.serverProperties().toString())));
        try {
            new BrokerReadiness(settings, process::isRunning, START_TIMEOUT).await();
        } catch (BrokerReadiness.BrokerStartException e) {
            process.stop();
            throw new IllegalStateException("Kafka broker on " + bootstrapServers() + " did not start: "
                    + e.getMessage() + "\n" + files.consoleLogTail(LOG_TAIL_LINES), e);
        }
    }

    private void format(String classPath) {
        List<String> command = command(classPath, List.of("kafka.tools.StorageTool", "format",
                "-t", Uuid.randomUuid().toString(), "-c", files.serverProperties().toString()));
        int exitCode = BrokerProcess.runToEnd(command, files, FORMAT_TIMEOUT);
        if (exitCode != 0) {
            throw new IllegalStateException("formatting the Kafka data dir failed with exit code " + exitCode
                    + "\n" + files.consoleLogTail(LOG_TAIL_LINES));
        }
    }

    private List<String> command(String classPath, List<String> mainAndArgs) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                settings.heapMax(),
                // a small initial heap keeps the young generation small, so the broker keeps resident only
                // what it uses instead of 1/64 of the machine's memory; the heap still grows to heapMax
                "-Xms32m",
                // a test broker needs neither a parallel collector nor the C2 compiler: less memory, faster start
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + files.log4jConfig().toUri(),
                "-cp", classPath));
        command.addAll(mainAndArgs);
        return command;
    }

    /** The broker's jars (from this module's build) plus this module's own classes, for OwnerWatchdog. */
    private static String brokerClassPath() {
        try (InputStream in = KafkaBroker.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CLASSPATH_RESOURCE + " is missing: build platform/kafka-broker with Maven");
            }
            String jars = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            // the list holds absolute paths into the local Maven repository of the machine that built it
            for (String jar : jars.split(File.pathSeparator)) {
                if (!new File(jar).isFile()) {
                    throw new IllegalStateException("the Kafka broker jar " + jar + " is missing; rebuild with "
                            + "`mvn -pl platform/kafka-broker install` on this machine");
                }
            }
            String ownCode = Path.of(KafkaBroker.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
            return ownCode + File.pathSeparator + jars;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CLASSPATH_RESOURCE, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the kafka-broker jar", e);
        }
    }
}
