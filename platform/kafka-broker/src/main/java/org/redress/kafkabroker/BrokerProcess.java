package org.redress.kafkabroker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The broker JVM, found through the pid file in the data folder rather than a {@link Process} field,
 * so that every handle on the folder sees the same process. The pid file also records the process's
 * start instant, so a recycled pid is not mistaken for the broker.
 */
final class BrokerProcess {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final BrokerFiles files;

    BrokerProcess(BrokerFiles files) {
        this.files = files;
    }

    void start(List<String> command) {
        Process process = launch(command, files);
        String startInstant = process.toHandle().info().startInstant().map(Instant::toString).orElse("-");
        try {
            Files.writeString(files.pidFile(), process.pid() + " " + startInstant, StandardCharsets.UTF_8);
        } catch (IOException e) {
            process.destroyForcibly();
            throw new UncheckedIOException("cannot write " + files.pidFile(), e);
        }
    }

    boolean isRunning() {
        return running().isPresent();
    }

    /**
     * SIGTERM, which Kafka answers with a clean shutdown, then wait; SIGKILL only if it hangs. Uses JDK
     * types only, as it also runs in a shutdown hook (see {@link BrokerFiles#deleteDataDir()}).
     */
    void stop() {
        Optional<ProcessHandle> running = running();
        if (running.isPresent()) {
            ProcessHandle broker = running.get();
            broker.destroy();
            try {
                broker.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                System.err.println("KafkaBroker: no exit " + STOP_TIMEOUT.toSeconds() + " s after SIGTERM, killing it");
                broker.destroyForcibly();
            } catch (InterruptedException e) {
                broker.destroyForcibly();
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException e) {
                broker.destroyForcibly();
            }
        }
        files.pidFile().toFile().delete();
    }

    private Optional<ProcessHandle> running() {
        Path pidFile = files.pidFile();
        String[] recorded;
        try {
            recorded = Files.readString(pidFile, StandardCharsets.UTF_8).strip().split(" ");
        } catch (IOException noPidFile) {
            return Optional.empty();
        }
        Optional<ProcessHandle> handle = ProcessHandle.of(Long.parseLong(recorded[0]));
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return Optional.empty();
        }
        String startInstant = handle.get().info().startInstant().map(Instant::toString).orElse("-");
        return startInstant.equals(recorded[1]) ? handle : Optional.empty();
    }

    /** Runs a short-lived tool (the storage formatter) to its end, output appended to the console log. */
    static int runToEnd(List<String> command, BrokerFiles files, Duration timeout) {
        Process process = launch(command, files);
        try {
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command.get(command.indexOf("-cp") + 2) + " took over "
                        + timeout.toSeconds() + " s\n" + files.consoleLogTail(40));
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }

    private static Process launch(List<String> command, BrokerFiles files) {
        try {
            return new ProcessBuilder(command)
                    .directory(files.logDir().getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(files.consoleLog().toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.get(0), e);
        }
    }
}
