package org.redress.remedies.remedycases.infrastructure;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.remedies.remedycases.application.SweepingOverdueActions;

import io.quarkus.scheduler.Scheduled;

/**
 * Runs the overdue sweep shortly after midnight (and hourly as a safety net, so a day missed
 * while the service was down is caught up). Batches run until none is left.
 */
@ApplicationScoped
public class OverdueSweepSchedule {

    private final SweepingOverdueActions sweeping;
    private final Clock clock;

    public OverdueSweepSchedule(SweepingOverdueActions sweeping, Clock clock) {
        this.sweeping = sweeping;
        this.clock = clock;
    }

    @Scheduled(cron = "${redress.remedies.overdue-sweep.cron:0 5 * * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        LocalDate today = LocalDate.now(clock);
        while (sweeping.sweep(today) == SweepingOverdueActions.BATCH) {
            // a full batch: there may be more
        }
    }

}
