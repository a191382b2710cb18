package org.redress.servicekit.housekeeping;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.servicekit.sweep.Sweep;

/**
 * Deletes the inbox's record of an event processed longer ago than
 * {@code redress.sweeps.inbox-housekeeping.retention} (30 days unless set).
 *
 * <p>The record is what makes a redelivered event a no-op, so it must outlive every way the same
 * event can arrive again: a consumer that stopped before committing its offset (seconds), the relay
 * republishing a row acknowledged just before a crash (seconds), an operator replaying a dead letter,
 * and - the longest - a consumer group whose committed offsets the broker expired (Kafka's
 * {@code offsets.retention.minutes}, 7 days by default) re-reading its topics from the earliest
 * record still kept ({@code auto.offset.reset=earliest}, topic retention 7 days by default). The
 * retention must therefore stay longer than the retention of every topic the service consumes,
 * dead-letter topics included; a deployment that keeps topics for ever must turn this sweep off.
 */
@ApplicationScoped
public class ProcessedMessageHousekeeping implements Sweep {

    static final AgedRows PROCESSED_MESSAGES = new AgedRows("processed_message", "processed_at", "TRUE");

    private final Housekeeping housekeeping;

    public ProcessedMessageHousekeeping(Housekeeping housekeeping) {
        this.housekeeping = housekeeping;
    }

    @Override
    public String name() {
        return "inbox-housekeeping";
    }

    @Override
    public Batch sweepBatch(LocalDate today, int batchSize) {
        return housekeeping.deleteBatch(this, PROCESSED_MESSAGES, batchSize);
    }
}
