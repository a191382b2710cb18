package org.redress.local;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The services of one run, started together and stopped together. Written for the launcher and for
 * an end-to-end test that needs the suite as real processes.
 */
public final class SuiteProcesses implements AutoCloseable {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);

    private final List<ServiceProcess> processes;
    private final long startedNanos;

    private SuiteProcesses(List<ServiceProcess> processes, long startedNanos) {
        this.processes = List.copyOf(processes);
        this.startedNanos = startedNanos;
    }

    /** Starts every service without waiting; if one cannot be started, stops those already started. */
    public static SuiteProcesses start(List<ServiceLaunch> launches) throws IOException, InterruptedException {
        long startedNanos = System.nanoTime();
        List<ServiceProcess> started = new ArrayList<>();
        try {
            for (ServiceLaunch launch : launches) {
                started.add(ServiceProcess.start(launch));
            }
        } catch (IOException | RuntimeException e) {
            new SuiteProcesses(started, startedNanos).stop(ServiceProcess.DEFAULT_STOP_GRACE);
            throw e;
        }
        return new SuiteProcesses(started, startedNanos);
    }

    /**
     * Waits until every service answers UP and returns the time from the first start to the last
     * ready.
     *
     * @throws ServiceStartFailure for the first service that exits or is not ready in time
     */
    public Duration awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ServiceProcess> waiting = new ArrayList<>(processes);
        while (true) {
            for (var it = waiting.iterator(); it.hasNext(); ) {
                ServiceProcess service = it.next();
                Readiness readiness = service.pollReadiness();
                if (readiness == Readiness.UP) {
                    it.remove();
                } else if (System.nanoTime() >= deadline) {
                    throw service.notReadyInTime(timeout, readiness);
                }
            }
            if (waiting.isEmpty()) {
                return Duration.ofNanos(System.nanoTime() - startedNanos);
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
    }

    /** Sends SIGTERM to all at once (they shut down in parallel), then kills any still running after {@code grace}. */
    public void stop(Duration grace) throws InterruptedException {
        processes.forEach(ServiceProcess::requestStop);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ServiceProcess service : processes) {
            service.awaitStop(deadline);
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop(ServiceProcess.DEFAULT_STOP_GRACE);
    }

    public List<ServiceProcess> processes() {
        return processes;
    }

    public ServiceProcess process(String name) {
        return processes.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service named " + name));
    }
}
