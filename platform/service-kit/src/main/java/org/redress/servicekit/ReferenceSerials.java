package org.redress.servicekit;

import jakarta.persistence.EntityManager;

/** Serial numbers for case references, from a PostgreSQL sequence each service's Flyway creates. */
public final class ReferenceSerials {

    private ReferenceSerials() {
    }

    /** The next value of {@code sequence}; unique across transactions, never reused. */
    public static long next(EntityManager entityManager, String sequence) {
        return ((Number) entityManager.createNativeQuery("SELECT nextval(CAST(:sequence AS regclass))")
                .setParameter("sequence", sequence)
                .getSingleResult()).longValue();
    }
}
