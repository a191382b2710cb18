package org.redress.servicekit.sweep;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

/**
 * The claim every sweep makes: the rows of {@code table} due as of a day, oldest first, locked
 * {@code FOR UPDATE SKIP LOCKED} so that a second instance running the same sweep passes over them.
 * {@code dueAsOf} is the SQL condition that makes a row due, with the day as {@code :today}.
 */
public record SkipLockedClaim(String table, String columns, String dueAsOf, String order) {

    /** The statement, with the parameters {@code :today} and {@code :limit}. */
    public String sql() {
        return "SELECT " + columns + " FROM " + table + " WHERE " + dueAsOf + " ORDER BY " + order
                + " LIMIT :limit FOR UPDATE SKIP LOCKED";
    }

    /** Claims at most {@code limit} rows due as of {@code today}, in the caller's transaction; one column per element, several as {@code Object[]}. */
    @SuppressWarnings("unchecked")
    public <T> List<T> claim(EntityManager entityManager, LocalDate today, int limit) {
        return entityManager.createNativeQuery(sql()).setParameter("today", today).setParameter("limit", limit)
                .getResultList();
    }
}
