package org.redress.servicekit.sweep;

import java.time.LocalDate;

/**
 * A sweep: a job that finds rows gone due as of a day and deals with each once (a clock past its
 * due date reported as breached, an action past its due date marked overdue). Every sweep in
 * Redress follows one convention, kept by {@link SweepRunner}:
 * <ul>
 * <li>a batch claims its rows with {@link SkipLockedClaim} ({@code FOR UPDATE SKIP LOCKED}), so two
 * instances sweeping at once never take the same row, and marks each row dealt with in the same
 * transaction as its outbox event, so nothing is announced twice or lost;</li>
 * <li>batches run one transaction each until one comes back short or did nothing;</li>
 * <li>the audit trail names the actor {@code system:<name>-sweep};</li>
 * <li>its settings are {@code redress.sweeps.<name>.every} (the schedule, in the service's
 * infrastructure, {@code off} to disable) and {@code redress.sweeps.<name>.batch-size}.</li>
 * </ul>
 */
public interface Sweep {

    /** The sweep's name, lower-case with hyphens: its settings' key and its audit actor. */
    String name();

    /**
     * Claims at most {@code batchSize} rows due as of {@code today} and deals with each, in the
     * caller's transaction.
     */
    Batch sweepBatch(LocalDate today, int batchSize);

    /** What one batch did: how many rows it claimed and how many of them it dealt with. */
    record Batch(int claimed, int done) {
    }
}
