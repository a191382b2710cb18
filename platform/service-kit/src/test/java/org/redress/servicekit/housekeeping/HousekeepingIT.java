package org.redress.servicekit.housekeeping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.redress.servicekit.sweep.Sweep;
import org.redress.servicekit.sweep.SweepRunner;
import org.redress.servicekit.testing.KitTestResources;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The housekeeping sweeps against real PostgreSQL, run as the scheduler runs them
 * ({@link SweepRunner#drain}). Each test writes rows of its own, aged by the database's clock, and
 * looks only at those.
 */
@QuarkusTest
@WithTestResource(KitTestResources.class)
class HousekeepingIT {

    @Inject
    SweepRunner runner;
    @Inject
    Housekeeping housekeeping;
    @Inject
    SentOutboxHousekeeping outbox;
    @Inject
    ProcessedMessageHousekeeping inbox;
    @Inject
    IdempotencyKeyHousekeeping idempotencyKeys;
    @Inject
    EntityManager entityManager;

    @Test
    void deletesSentOutboxRowsPastTheirRetentionAndKeepsUnsentAndRecentOnes() {
        String aggregate = UUID.randomUUID().toString();
        outboxRow(aggregate, "old-sent", "now() - interval '8 days'", "now() - interval '8 days'");
        outboxRow(aggregate, "recent-sent", "now() - interval '6 days'", "now() - interval '6 days'");
        outboxRow(aggregate, "old-unsent", "now() - interval '30 days'", "NULL");

        drain(outbox);

        assertThat(outboxTypes(aggregate)).containsExactlyInAnyOrder("recent-sent", "old-unsent");
    }

    @Test
    void drainsABacklogInBatchesAndCountsWhatItDeleted() {
        String aggregate = UUID.randomUUID().toString();
        for (int i = 0; i < 25; i++) { // batch size 10 in the tests: three batches
            outboxRow(aggregate, "sent-" + i, "now() - interval '10 days'", "now() - interval '9 days'");
        }
        double before = housekeeping.deletedRows("outbox").count();

        int deleted = drain(outbox);

        assertThat(outboxTypes(aggregate)).isEmpty();
        assertThat(deleted).isGreaterThanOrEqualTo(25);
        assertThat(housekeeping.deletedRows("outbox").count() - before).isEqualTo(deleted);
    }

    @Test
    void forgetsProcessedEventsOnlyOnceRedeliveryIsNoLongerPossible() {
        String consumer = "c-" + UUID.randomUUID().toString().substring(0, 8);
        processedMessage(consumer, "past-retention", "now() - interval '31 days'");
        processedMessage(consumer, "within-retention", "now() - interval '29 days'");
        processedMessage(consumer, "today", "now()");

        drain(inbox);

        assertThat(processedEvents(consumer)).containsExactlyInAnyOrder("within-retention", "today");
    }

    @Test
    void deletesIdempotencyKeysPastTheirRetention() {
        String prefix = UUID.randomUUID().toString().substring(0, 8);
        idempotencyKey(prefix + "-old", "now() - interval '8 days'");
        idempotencyKey(prefix + "-recent", "now() - interval '1 day'");

        drain(idempotencyKeys);

        assertThat(idempotencyKeys(prefix)).containsExactly(prefix + "-recent");
    }

    private int drain(Sweep sweep) {
        return runner.drain(sweep, LocalDate.now());
    }

    private void outboxRow(String aggregate, String type, String occurredAt, String sentAt) {
        execute("INSERT INTO outbox (id, aggregatetype, aggregateid, type, subject, payload, occurred_at, sent_at)"
                + " VALUES ('" + UUID.randomUUID() + "', 'test', '" + aggregate + "', '" + type + "', 'T-1', '{}', "
                + occurredAt + ", " + sentAt + ")");
    }

    private void processedMessage(String consumer, String eventId, String processedAt) {
        execute("INSERT INTO processed_message (consumer, event_id, event_type, processed_at) VALUES ('" + consumer
                + "', '" + eventId + "', 'test', " + processedAt + ")");
    }

    private void idempotencyKey(String key, String createdAt) {
        execute("INSERT INTO idempotency_key (scope_hash, idempotency_key, request_hash, status, created_at,"
                + " completed_at) VALUES (md5('" + key + "') || md5('" + key + "'), '" + key + "', repeat('0', 64), 201, "
                + createdAt + ", " + createdAt + ")");
    }

    private List<String> outboxTypes(String aggregate) {
        return strings("SELECT type FROM outbox WHERE aggregateid = '" + aggregate + "'");
    }

    private List<String> processedEvents(String consumer) {
        return strings("SELECT event_id FROM processed_message WHERE consumer = '" + consumer + "'");
    }

    private List<String> idempotencyKeys(String prefix) {
        return strings("SELECT idempotency_key FROM idempotency_key WHERE idempotency_key LIKE '" + prefix + "-%'");
    }

    private void execute(String sql) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(sql).executeUpdate());
    }

    @SuppressWarnings("unchecked")
    private List<String> strings(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(sql).getResultList());
    }
}
