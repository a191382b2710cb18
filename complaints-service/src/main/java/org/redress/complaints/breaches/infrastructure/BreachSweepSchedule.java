package org.redress.complaints.breaches.infrastructure;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.complaints.breaches.application.SweepingClockBreaches;
import org.redress.servicekit.sweep.SweepRunner;

import io.quarkus.scheduler.Scheduled;

/**
 * Runs the clock breach sweep on a schedule ({@code redress.sweeps.clock-breach.every}, hourly by
 * default, {@code off} to disable). Skipped while the application is not running and never
 * overlapping itself; other instances are kept apart by row locks in the sweep's claim.
 */
@ApplicationScoped
public class BreachSweepSchedule {

    private final SweepRunner runner;
    private final SweepingClockBreaches sweep;
    private final Clock clock;

    public BreachSweepSchedule(SweepRunner runner, SweepingClockBreaches sweep, Clock clock) {
        this.runner = runner;
        this.sweep = sweep;
        this.clock = clock;
    }

    @Scheduled(identity = "complaint-clock-breach-sweep", every = "${redress.sweeps.clock-breach.every}",
            delayed = "${redress.sweeps.clock-breach.delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        runner.drain(sweep, LocalDate.now(clock));
    }
}
