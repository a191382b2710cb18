package org.redress.servicekit.idempotency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;

/** The {@code idempotency_key} table, used with auto-commit: each call is its own transaction. */
@ApplicationScoped
public class IdempotencyStore {

    private final AgroalDataSource dataSource;

    public IdempotencyStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Claims the key for a first request; false when the key was already used. */
    boolean claim(IdempotencyScope scope, String requestHash) {
        return update("""
                INSERT INTO idempotency_key (idempotency_key, method, path, request_hash)
                VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""", scope, ps -> ps.setString(4, requestHash)) == 1;
    }

    Optional<IdempotencyRecord> find(IdempotencyScope scope) {
        String sql = """
                SELECT request_hash, status, content_type, location, response_body FROM idempotency_key
                 WHERE idempotency_key = ? AND method = ? AND path = ?""";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bindScope(statement, scope);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Integer status = (Integer) row.getObject(2);
                return Optional.of(new IdempotencyRecord(row.getString(1), status, row.getString(3), row.getString(4),
                        row.getString(5)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("idempotency store unavailable", e);
        }
    }

    void complete(IdempotencyScope scope, int status, String contentType, String location, String body) {
        update("""
                UPDATE idempotency_key SET status = ?, content_type = ?, location = ?, response_body = ?,
                       completed_at = now()
                 WHERE idempotency_key = ? AND method = ? AND path = ?""", null, ps -> {
            ps.setInt(1, status);
            ps.setString(2, contentType);
            ps.setString(3, location);
            ps.setString(4, body);
            ps.setString(5, scope.key());
            ps.setString(6, scope.method());
            ps.setString(7, scope.path());
        });
    }

    /** Forgets a claim whose request failed on the server side, so that a retry is processed. */
    void release(IdempotencyScope scope) {
        update("DELETE FROM idempotency_key WHERE idempotency_key = ? AND method = ? AND path = ? AND status IS NULL",
                scope, ps -> { });
    }

    private int update(String sql, IdempotencyScope scope, Binder binder) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            if (scope != null) {
                bindScope(statement, scope);
            }
            binder.bind(statement);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("idempotency store unavailable", e);
        }
    }

    private static void bindScope(PreparedStatement statement, IdempotencyScope scope) throws SQLException {
        statement.setString(1, scope.key());
        statement.setString(2, scope.method());
        statement.setString(3, scope.path());
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }
}
