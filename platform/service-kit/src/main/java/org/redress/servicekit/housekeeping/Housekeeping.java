package org.redress.servicekit.housekeeping;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.Config;
import org.redress.servicekit.sweep.Sweep;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What the housekeeping sweeps share: each deletes, batch by batch, the rows of its table older
 * than its retention, {@code redress.sweeps.<name>.retention}, and counts what it deleted in the
 * metric {@value #DELETED_ROWS} (Prometheus: {@code redress_housekeeping_deleted_rows_total}),
 * tagged with the table. {@link org.redress.servicekit.sweep.SweepRunner} runs the batches, one short
 * transaction each, until one comes back short, and logs how many rows the run deleted.
 */
@ApplicationScoped
public class Housekeeping {

    /** The counter of rows deleted, tagged {@code table}. */
    public static final String DELETED_ROWS = "redress.housekeeping.deleted.rows";

    private final EntityManager entityManager;
    private final Config config;
    private final MeterRegistry meters;

    public Housekeeping(EntityManager entityManager, Config config, MeterRegistry meters) {
        this.entityManager = entityManager;
        this.config = config;
        this.meters = meters;
    }

    /** Deletes one batch of {@code rows} for {@code sweep}, in the caller's transaction. */
    Sweep.Batch deleteBatch(Sweep sweep, AgedRows rows, int batchSize) {
        int deleted = rows.deleteBatch(entityManager, retention(sweep), batchSize);
        if (deleted > 0) {
            deletedRows(rows.table()).increment(deleted);
        }
        return new Sweep.Batch(deleted, deleted);
    }

    /** {@code redress.sweeps.<name>.retention}: how long a row is kept; positive. */
    public Duration retention(Sweep sweep) {
        String key = "redress.sweeps." + sweep.name() + ".retention";
        Duration retention = config.getValue(key, Duration.class);
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalStateException(key + " must be a positive duration, such as 7d");
        }
        return retention;
    }

    /** The rows deleted from {@code table} since the service started. */
    public Counter deletedRows(String table) {
        return Counter.builder(DELETED_ROWS).tag("table", table)
                .description("Rows deleted by housekeeping because they outlived their retention")
                .register(meters);
    }
}
