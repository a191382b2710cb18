package org.redress.servicekit.housekeeping;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.servicekit.sweep.Sweep;

/**
 * Deletes outbox rows the broker acknowledged longer ago than {@code redress.sweeps.outbox-housekeeping.retention}
 * (7 days unless set). Once sent, a row has done its work: it stays a while only so that an operator can see
 * what left and when. Unsent rows are never touched, whatever their age: the relay still owes them to the broker.
 * Without this sweep every event ever published stayed in the table, and the database's cost per intake grew
 * with it.
 */
@ApplicationScoped
public class SentOutboxHousekeeping implements Sweep {

    static final AgedRows SENT_OUTBOX_ROWS = new AgedRows("outbox", "sent_at", "sent_at IS NOT NULL");

    private final Housekeeping housekeeping;

    public SentOutboxHousekeeping(Housekeeping housekeeping) {
        this.housekeeping = housekeeping;
    }

    @Override
    public String name() {
        return "outbox-housekeeping";
    }

    @Override
    public Batch sweepBatch(LocalDate today, int batchSize) {
        return housekeeping.deleteBatch(this, SENT_OUTBOX_ROWS, batchSize);
    }
}
