package org.redress.servicekit.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The relay's SQL, on a connection whose transaction the relay controls. Plain JDBC keeps the
 * claim, the publish and the mark in one explicit transaction.
 */
final class OutboxTable {

    /**
     * One relay drains at a time across all instances: per-aggregate order would break if two
     * instances each published part of one aggregate's backlog. The lock is released at commit.
     */
    private static final String TRY_RELAY_LOCK = "SELECT pg_try_advisory_xact_lock(hashtext('redress-outbox-relay'))";

    private static final String CLAIM = """
            SELECT id, seq, aggregateid, type, subject, payload::text, correlation_id, occurred_at, trace_parent
              FROM outbox
             WHERE sent_at IS NULL
             ORDER BY seq
             LIMIT ?
               FOR UPDATE SKIP LOCKED""";

    private static final String MARK_SENT = "UPDATE outbox SET sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?";

    private static final String MARK_FAILED = "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?";

    private OutboxTable() {
    }

    static boolean tryRelayLock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(TRY_RELAY_LOCK);
                ResultSet resultSet = statement.executeQuery()) {
            return resultSet.next() && resultSet.getBoolean(1);
        }
    }

    static List<PendingEvent> claim(Connection connection, int limit) throws SQLException {
        List<PendingEvent> claimed = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(CLAIM)) {
            statement.setInt(1, limit);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    claimed.add(new PendingEvent(row.getObject(1, UUID.class), row.getLong(2), row.getString(3),
                            row.getString(4), row.getString(5), row.getString(6), row.getString(7),
                            row.getTimestamp(8).toInstant(), row.getString(9)));
                }
            }
        }
        return claimed;
    }

    static void markSent(Connection connection, Collection<UUID> ids, Instant sentAt) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(MARK_SENT)) {
            for (UUID id : ids) {
                statement.setTimestamp(1, Timestamp.from(sentAt));
                statement.setObject(2, id);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    static void markFailed(Connection connection, Collection<UUID> ids, String error) throws SQLException {
        String truncated = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 500));
        try (PreparedStatement statement = connection.prepareStatement(MARK_FAILED)) {
            for (UUID id : ids) {
                statement.setString(1, truncated);
                statement.setObject(2, id);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
