package org.redress.servicekit.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;

/**
 * Publishes unsent outbox rows in write order and marks each one sent only after the broker
 * acknowledged it. Runs on one thread per instance; a wake-up (LISTEN/NOTIFY, or the
 * one-second safety net) asks for a drain, and a failed batch backs off exponentially while
 * the broker is unreachable. Nothing is deleted or skipped: a row stays unsent until acked.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final AgroalDataSource dataSource;
    private final KafkaEventPublisher publisher;
    private final OutboxSettings settings;
    private final Clock clock;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
            runnable -> new Thread(runnable, "outbox-relay"));
    private final AtomicBoolean drainQueued = new AtomicBoolean();
    private volatile Backoff backoff;

    public OutboxRelay(AgroalDataSource dataSource, KafkaEventPublisher publisher, OutboxSettings settings,
            Clock clock) {
        this.dataSource = dataSource;
        this.publisher = publisher;
        this.settings = settings;
        this.clock = clock;
        this.backoff = Backoff.none(settings.initialBackoff(), settings.maxBackoff());
    }

    /** Asks for a drain soon; several wake-ups before it runs collapse into one. */
    public void wake() {
        if (drainQueued.compareAndSet(false, true)) {
            long delay = backoff.remainingMillis(System.nanoTime());
            worker.schedule(this::drain, delay, TimeUnit.MILLISECONDS);
        }
    }

    void onShutdown(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }

    private void drain() {
        drainQueued.set(false);
        try {
            while (publishOneBatch()) {
                // keep going while rows remain: a batch holds at most one row per aggregate
            }
            backoff = backoff.succeeded();
        } catch (Exception failure) {
            backoff = backoff.failed(System.nanoTime());
            LOG.warnf("outbox relay could not publish (%s); next attempt in %d ms", failure.getMessage(),
                    backoff.remainingMillis(System.nanoTime()));
            wake();
        }
    }

    /** Publishes the earliest unsent row of each aggregate; true if more rows may be waiting. */
    private boolean publishOneBatch() throws SQLException, InterruptedException, PublishFailed {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!OutboxTable.tryRelayLock(connection)) {
                    connection.rollback();
                    return false; // another instance is draining; its NOTIFY-driven loop will get these rows
                }
                List<PendingEvent> claimed = OutboxTable.claim(connection, settings.batchSize());
                List<PendingEvent> batch = HeadsOfEachAggregate.of(claimed);
                PublishOutcome outcome = publish(batch);
                OutboxTable.markSent(connection, outcome.acknowledged(), clock.instant());
                OutboxTable.markFailed(connection, outcome.failed(), outcome.firstError());
                connection.commit();
                if (!outcome.failed().isEmpty()) {
                    throw new PublishFailed(outcome.failed().size() + " of " + batch.size()
                            + " events not acknowledged: " + outcome.firstError());
                }
                return !claimed.isEmpty();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** Sends the whole batch in order, then waits for every acknowledgement. */
    private PublishOutcome publish(List<PendingEvent> batch) throws InterruptedException {
        Map<UUID, CompletableFuture<Void>> inFlight = new LinkedHashMap<>();
        batch.forEach(event -> inFlight.put(event.id(), publisher.publish(event)));
        long deadline = System.nanoTime() + settings.publishTimeout().toNanos();
        List<UUID> acknowledged = new ArrayList<>();
        List<UUID> failed = new ArrayList<>();
        String firstError = null;
        for (Map.Entry<UUID, CompletableFuture<Void>> entry : inFlight.entrySet()) {
            try {
                entry.getValue().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged.add(entry.getKey());
            } catch (ExecutionException | TimeoutException e) {
                failed.add(entry.getKey());
                firstError = firstError != null ? firstError : describe(e);
            }
        }
        return new PublishOutcome(acknowledged, failed, firstError);
    }

    private static String describe(Exception e) {
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        return cause instanceof TimeoutException ? "no acknowledgement from the broker in time"
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private record PublishOutcome(List<UUID> acknowledged, List<UUID> failed, String firstError) {
    }

    private static final class PublishFailed extends Exception {
        PublishFailed(String message) {
            super(message);
        }
    }

    /** Exponential backoff state; immutable so the relay thread and wakers can read it safely. */
    record Backoff(Duration initial, Duration max, Duration current, long notBeforeNanos) {

        static Backoff none(Duration initial, Duration max) {
            return new Backoff(initial, max, Duration.ZERO, 0);
        }

        Backoff succeeded() {
            return none(initial, max);
        }

        Backoff failed(long nowNanos) {
            Duration next = current.isZero() ? initial : current.multipliedBy(2);
            next = next.compareTo(max) > 0 ? max : next;
            return new Backoff(initial, max, next, nowNanos + next.toNanos());
        }

        long remainingMillis(long nowNanos) {
            return Math.max(0, TimeUnit.NANOSECONDS.toMillis(notBeforeNanos - nowNanos));
        }
    }
}
