package org.redress.assessments.breaches.infrastructure;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.assessments.breaches.application.ClockBreachSweep;
import org.redress.servicekit.sweep.SweepRunner;

import io.quarkus.scheduler.Scheduled;

/**
 * Runs the clock breach sweep on a schedule ({@code redress.sweeps.clock-breach.every}, {@code off}
 * to disable). Every instance may run it: the sweep itself is safe with several at once.
 */
@ApplicationScoped
public class ClockBreachSchedule {

    private final SweepRunner runner;
    private final ClockBreachSweep sweep;
    private final Clock clock;

    public ClockBreachSchedule(SweepRunner runner, ClockBreachSweep sweep, Clock clock) {
        this.runner = runner;
        this.sweep = sweep;
        this.clock = clock;
    }

    @Scheduled(identity = "clock-breach-sweep", every = "${redress.sweeps.clock-breach.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        runner.drain(sweep, LocalDate.now(clock));
    }
}
