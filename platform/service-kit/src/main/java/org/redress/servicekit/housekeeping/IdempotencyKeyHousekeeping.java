package org.redress.servicekit.housekeeping;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.servicekit.sweep.Sweep;

/**
 * Deletes {@code Idempotency-Key} records made longer ago than
 * {@code redress.sweeps.idempotency-key-housekeeping.retention} (7 days unless set). A key protects a
 * caller's retries of one request, which come within minutes, or after an outage of the caller's
 * own within days; a request repeated with the same key after the retention is processed as a new
 * one. Only committed records exist (a key is written in the transaction of its work), and a key
 * being claimed by a request in progress is skipped, never waited for.
 */
@ApplicationScoped
public class IdempotencyKeyHousekeeping implements Sweep {

    static final AgedRows IDEMPOTENCY_KEYS = new AgedRows("idempotency_key", "created_at", "TRUE");

    private final Housekeeping housekeeping;

    public IdempotencyKeyHousekeeping(Housekeeping housekeeping) {
        this.housekeeping = housekeeping;
    }

    @Override
    public String name() {
        return "idempotency-key-housekeeping";
    }

    @Override
    public Batch sweepBatch(LocalDate today, int batchSize) {
        return housekeeping.deleteBatch(this, IDEMPOTENCY_KEYS, batchSize);
    }
}
