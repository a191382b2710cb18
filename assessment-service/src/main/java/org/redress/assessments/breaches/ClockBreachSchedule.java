package org.redress.assessments.breaches;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/**
 * Runs the clock breach sweep on a schedule ({@code redress.breach-sweep.every}, {@code off} to
 * disable). Every instance may run it: the sweep itself is safe with several at once.
 */
@ApplicationScoped
public class ClockBreachSchedule {

    private final SweepingClockBreaches sweeping;
    private final Clock clock;

    public ClockBreachSchedule(SweepingClockBreaches sweeping, Clock clock) {
        this.sweeping = sweeping;
        this.clock = clock;
    }

    @Scheduled(identity = "clock-breach-sweep", every = "${redress.breach-sweep.every:15m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        sweeping.sweep(LocalDate.now(clock));
    }
}
