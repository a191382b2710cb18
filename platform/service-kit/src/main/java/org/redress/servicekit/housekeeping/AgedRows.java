package org.redress.servicekit.housekeeping;

import java.time.Duration;

import jakarta.persistence.EntityManager;

/**
 * The rows of one table that housekeeping may delete: those matching {@code deletable} whose
 * {@code agedColumn} lies further back than a retention. One batch deletes the oldest of them, at
 * most a batch size, claimed {@code FOR UPDATE SKIP LOCKED} so that it never waits on a row another
 * transaction holds and two instances never delete the same rows; the claim walks the index on
 * {@code agedColumn} (V0_6), so a batch costs milliseconds however large the table has grown.
 *
 * <p>Age is measured against the database's clock, which stamped these rows, and never against the
 * service's case clock: tests and simulations move the case clock, and moving it must not make the
 * inbox forget which events it already processed.
 */
record AgedRows(String table, String agedColumn, String deletable) {

    /** The statement, with the parameters {@code :retentionSeconds} and {@code :limit}. */
    String deleteBatchSql() {
        // ctid = ANY(ARRAY(...)) lets PostgreSQL fetch the claimed rows by address (a TID scan)
        return "DELETE FROM " + table + " WHERE ctid = ANY(ARRAY(SELECT ctid FROM " + table
                + " WHERE " + deletable + " AND " + agedColumn + " < now() - make_interval(secs => :retentionSeconds)"
                + " ORDER BY " + agedColumn + " LIMIT :limit FOR UPDATE SKIP LOCKED))";
    }

    /** Deletes at most {@code limit} rows older than {@code retention}, in the caller's transaction. */
    int deleteBatch(EntityManager entityManager, Duration retention, int limit) {
        return entityManager.createNativeQuery(deleteBatchSql())
                .setParameter("retentionSeconds", (double) retention.toSeconds())
                .setParameter("limit", limit)
                .executeUpdate();
    }
}
