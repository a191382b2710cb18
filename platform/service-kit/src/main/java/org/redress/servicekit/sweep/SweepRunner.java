package org.redress.servicekit.sweep;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;
import org.redress.servicekit.security.Actor;
import org.redress.servicekit.security.CurrentActor;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Runs a {@link Sweep} to the end: one transaction per batch, as the system actor
 * {@code system:<name>-sweep}, until a batch claims fewer rows than it may (nothing is left) or
 * deals with none of those it claimed (what is left is not due yet, and would be claimed again).
 */
@ApplicationScoped
public class SweepRunner {

    /** Rows per batch when {@code redress.sweeps.<name>.batch-size} is not set. */
    public static final int DEFAULT_BATCH_SIZE = 200;
    private static final Logger LOG = Logger.getLogger(SweepRunner.class);

    private final CurrentActor currentActor;
    private final Config config;

    public SweepRunner(CurrentActor currentActor, Config config) {
        this.currentActor = currentActor;
        this.config = config;
    }

    /** Runs {@code sweep} as of {@code today} until nothing due is left; returns how many rows it dealt with. */
    public int drain(Sweep sweep, LocalDate today) {
        int batchSize = batchSize(sweep);
        Actor actor = Actor.system(sweep.name() + "-sweep");
        int done = 0;
        Sweep.Batch batch;
        do {
            batch = currentActor.runAs(actor,
                    () -> QuarkusTransaction.requiringNew().call(() -> sweep.sweepBatch(today, batchSize)));
            done += batch.done();
        } while (batch.claimed() == batchSize && batch.done() > 0);
        if (done > 0) {
            LOG.infof("%s sweep on %s dealt with %d rows", sweep.name(), today, done);
        }
        return done;
    }

    /** The batch size of {@code sweep}: {@code redress.sweeps.<name>.batch-size}, at least 1. */
    public int batchSize(Sweep sweep) {
        int size = config.getOptionalValue("redress.sweeps." + sweep.name() + ".batch-size", Integer.class)
                .orElse(DEFAULT_BATCH_SIZE);
        if (size < 1) {
            throw new IllegalStateException("redress.sweeps." + sweep.name() + ".batch-size must be at least 1");
        }
        return size;
    }
}
