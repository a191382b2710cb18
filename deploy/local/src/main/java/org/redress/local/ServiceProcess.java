package org.redress.local;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One service running as its own JVM ({@code java -jar quarkus-run.jar}), its output going to a log
 * file. Stopping sends SIGTERM so Quarkus shuts down gracefully, and kills it if that takes too long.
 */
public final class ServiceProcess implements AutoCloseable {

    public static final Duration DEFAULT_STOP_GRACE = Duration.ofSeconds(15);

    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);
    private static final int LOG_TAIL_BYTES = 4096;

    private final ServiceLaunch launch;
    private final Process process;
    private final ReadinessProbe probe;
    private final long startedNanos;
    private volatile Duration timeToReady;

    private ServiceProcess(ServiceLaunch launch, Process process, long startedNanos) {
        this.launch = launch;
        this.process = process;
        this.probe = new ReadinessProbe(launch.port());
        this.startedNanos = startedNanos;
    }

    public static ServiceProcess start(ServiceLaunch launch) throws IOException {
        if (!Files.isRegularFile(launch.jar())) {
            throw new IOException(launch.name() + " is not built: " + launch.jar() + " is missing");
        }
        Files.createDirectories(launch.logFile().getParent());
        ProcessBuilder builder = new ProcessBuilder(launch.command(javaExecutable()))
                .directory(launch.workingDirectory().toFile())
                .redirectErrorStream(true)
                .redirectOutput(launch.logFile().toFile());
        builder.environment().putAll(launch.environment());
        long startedNanos = System.nanoTime();
        Process process = builder.start();
        process.getOutputStream().close(); // a service reads nothing from stdin
        return new ServiceProcess(launch, process, startedNanos);
    }

    /** The JVM running this launcher, so services run on the same Java as the launcher. */
    public static Path javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /**
     * Asks once whether the service is ready, and remembers when it first was.
     *
     * @throws ServiceStartFailure if the process has exited
     */
    public Readiness pollReadiness() throws InterruptedException {
        if (!process.isAlive()) {
            throw new ServiceStartFailure(launch.name(), "exited with code " + process.exitValue() + " before it was ready",
                    launch.logFile(), logTail());
        }
        Readiness readiness = probe.check();
        if (readiness == Readiness.UP && timeToReady == null) {
            timeToReady = Duration.ofNanos(System.nanoTime() - startedNanos);
        }
        return readiness;
    }

    /** Waits until the service answers UP; returns the time from process start to ready. */
    public Duration awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Readiness last = Readiness.UNREACHABLE;
        while (System.nanoTime() < deadline) {
            last = pollReadiness();
            if (last == Readiness.UP) {
                return timeToReady;
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
        throw notReadyInTime(timeout, last);
    }

    ServiceStartFailure notReadyInTime(Duration timeout, Readiness last) {
        return new ServiceStartFailure(launch.name(), "was not ready after " + timeout.toSeconds() + " s (readiness: " + last + ")",
                launch.logFile(), logTail());
    }

    /** SIGTERM, then SIGKILL if it has not exited within {@code grace}. */
    public void stop(Duration grace) throws InterruptedException {
        requestStop();
        awaitStop(System.nanoTime() + grace.toNanos());
    }

    /**
     * SIGKILL: the JVM gets no chance to finish requests, flush or commit — the crash an end-to-end
     * test uses to prove that nothing acknowledged is lost. Waits until the process is gone.
     */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    void requestStop() {
        if (process.isAlive()) {
            process.destroy(); // SIGTERM on Linux and macOS
        }
    }

    void awaitStop(long deadlineNanos) throws InterruptedException {
        long remaining = Math.max(0, deadlineNanos - System.nanoTime());
        if (!process.waitFor(remaining, TimeUnit.NANOSECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop(DEFAULT_STOP_GRACE);
    }

    public String logTail() {
        try (RandomAccessFile log = new RandomAccessFile(launch.logFile().toFile(), "r")) {
            long from = Math.max(0, log.length() - LOG_TAIL_BYTES);
            byte[] tail = new byte[(int) (log.length() - from)];
            log.seek(from);
            log.readFully(tail);
            List<String> lines = new String(tail, StandardCharsets.UTF_8).lines().toList();
            // drop a first line cut in the middle, keep the last 20
            return String.join("\n", lines.subList(Math.max(from > 0 ? 1 : 0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(log not readable: " + e.getMessage() + ")";
        }
    }

    public ServiceLaunch launch() {
        return launch;
    }

    public String name() {
        return launch.name();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    public Optional<Duration> timeToReady() {
        return Optional.ofNullable(timeToReady);
    }
}
