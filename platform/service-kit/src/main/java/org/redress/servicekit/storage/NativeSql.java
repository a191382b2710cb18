package org.redress.servicekit.storage;

import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * A native SQL statement and its named parameters, built once and bound where it runs: by the
 * repository that reads it, and by a plan test that runs it under {@code EXPLAIN} to show which
 * indexes it uses. The work queues of every service are built this way.
 */
public record NativeSql(String text, Map<String, Object> parameters) {

    /** The query, prefixed with {@code prefix} (e.g. an EXPLAIN), with its parameters bound. */
    public Query bind(EntityManager em, String prefix) {
        return bound(em.createNativeQuery(prefix + text));
    }

    /** The query with its parameters bound, its rows read as {@code rows}. */
    public Query bind(EntityManager em, Class<?> rows) {
        return bound(em.createNativeQuery(text, rows));
    }

    private Query bound(Query query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
