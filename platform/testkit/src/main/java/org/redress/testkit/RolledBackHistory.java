package org.redress.testkit;

import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Years of history for a plan test, loaded and examined in one transaction that is rolled back
 * afterwards, so no other test sees it. PostgreSQL's {@code random()} is seeded first, so every run
 * loads the same history and the planner sees the same statistics.
 */
public final class RolledBackHistory {

    private RolledBackHistory() {
    }

    /** Runs {@code loadAndTest} in a transaction of up to 10 minutes, then rolls it back. */
    public static void run(EntityManager em, Runnable loadAndTest) {
        QuarkusTransaction.begin(QuarkusTransaction.beginOptions().timeout(600));
        try {
            em.createNativeQuery("SELECT CAST(setseed(0.17) AS text)").getSingleResult();
            loadAndTest.run();
        } finally {
            QuarkusTransaction.rollback();
        }
    }
}
