package org.redress.complaints.breaches.infrastructure;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.complaints.breaches.application.SweepingClockBreaches;

import io.quarkus.scheduler.Scheduled;

/**
 * Runs the breach sweep on a schedule ({@code redress.complaints.breach-sweep.every}, hourly by
 * default). Skipped while the application is not running and never overlapping itself; other
 * instances are kept apart by row locks in the sweep.
 */
@ApplicationScoped
public class BreachSweepSchedule {

    private final SweepingClockBreaches sweeping;
    private final Clock clock;

    public BreachSweepSchedule(SweepingClockBreaches sweeping, Clock clock) {
        this.sweeping = sweeping;
        this.clock = clock;
    }

    @Scheduled(identity = "complaint-clock-breach-sweep", every = "${redress.complaints.breach-sweep.every:1h}",
            delayed = "${redress.complaints.breach-sweep.delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        // one batch per run keeps the transaction short; what is left waits for the next run
        sweeping.sweep(LocalDate.now(clock));
    }
}
