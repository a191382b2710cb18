package org.redress.servicekit.idempotency;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/**
 * The {@code idempotency_key} table, written only inside the transaction of the work the key
 * protects: a key row commits with the work's changes or not at all, so no crash can leave a key
 * claimed, and only a successful answer is ever committed.
 */
@ApplicationScoped
public class IdempotencyStore {

    /** PostgreSQL's lock_not_available: the wait for another transaction holding the key ran out. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final EntityManager entityManager;

    public IdempotencyStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Claims the key for this transaction. While another transaction holds the same key (uncommitted), the
     * insert waits for it, at most {@code wait}: if it commits, the key is taken; if it rolls back, the
     * claim succeeds.
     *
     * @return true when claimed; false when a committed request already holds the key
     * @throws KeyInFlight when the other transaction neither commits nor rolls back within {@code wait}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean claim(IdempotencyScope scope, String requestHash, Duration wait) {
        // the bound applies to this insert only; the work that follows keeps the server's setting
        entityManager.createNativeQuery("SET LOCAL lock_timeout = " + wait.toMillis()).executeUpdate();
        try {
            int inserted = entityManager.createNativeQuery("""
                    INSERT INTO idempotency_key (scope_hash, idempotency_key, request_hash)
                    VALUES (:scope, :key, :hash) ON CONFLICT DO NOTHING""")
                    .setParameter("scope", scope.hash())
                    .setParameter("key", scope.key())
                    .setParameter("hash", requestHash)
                    .executeUpdate();
            entityManager.createNativeQuery("SET LOCAL lock_timeout TO DEFAULT").executeUpdate();
            return inserted == 1;
        } catch (PersistenceException failure) {
            if (hasSqlState(failure, LOCK_NOT_AVAILABLE)) {
                throw new KeyInFlight();
            }
            throw failure;
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Optional<IdempotencyRecord> find(IdempotencyScope scope) {
        List<?> rows = entityManager.createNativeQuery("""
                SELECT request_hash, status, content_type, location, response_body FROM idempotency_key
                 WHERE scope_hash = :scope AND status IS NOT NULL""")
                .setParameter("scope", scope.hash())
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new IdempotencyRecord((String) row[0], new StoredResponse(((Number) row[1]).intValue(),
                (String) row[2], (String) row[3], (String) row[4])));
    }

    /** Keeps the answer with the claim, in the same transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void complete(IdempotencyScope scope, StoredResponse response) {
        entityManager.createNativeQuery("""
                UPDATE idempotency_key SET status = :status, content_type = :type, location = :location,
                       response_body = :body, completed_at = now()
                 WHERE scope_hash = :scope""")
                .setParameter("status", response.status())
                .setParameter("type", response.contentType())
                .setParameter("location", response.location())
                .setParameter("body", response.body())
                .setParameter("scope", scope.hash())
                .executeUpdate();
    }

    private static boolean hasSqlState(Throwable failure, String state) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && state.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Another request with the same key is still running and did not finish within the wait. */
    static final class KeyInFlight extends RuntimeException {
        KeyInFlight() {
            super("idempotency key held by a request still in progress", null, false, false);
        }
    }
}
