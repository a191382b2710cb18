package org.redress.remedies.remedycases.infrastructure;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.remedies.remedycases.application.OverdueActionsSweep;
import org.redress.servicekit.sweep.SweepRunner;

import io.quarkus.scheduler.Scheduled;

/**
 * Runs the overdue-actions sweep every {@code redress.sweeps.overdue-actions.every} (hourly by
 * default: it is idempotent, so a day missed while the service was down is caught up). Batches
 * run until none is left.
 */
@ApplicationScoped
public class OverdueActionsSweepSchedule {

    private final OverdueActionsSweep sweep;
    private final SweepRunner sweepRunner;
    private final Clock clock;

    public OverdueActionsSweepSchedule(OverdueActionsSweep sweep, SweepRunner sweepRunner, Clock clock) {
        this.sweep = sweep;
        this.sweepRunner = sweepRunner;
        this.clock = clock;
    }

    @Scheduled(every = "${redress.sweeps.overdue-actions.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        sweepRunner.drain(sweep, LocalDate.now(clock));
    }
}
