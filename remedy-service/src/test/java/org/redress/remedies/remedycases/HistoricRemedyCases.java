package org.redress.remedies.remedycases;

import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;

/**
 * Years of remedy cases for a plan test's history, written straight to the table in the test's own
 * transaction: case g (1 to {@code cases}) is referenced {@code prefix} followed by g, decided on the day the
 * SQL expression {@code decided} gives for g, and recorded at noon that day. The plan test adds the
 * actions its query needs.
 */
public final class HistoricRemedyCases {

    private HistoricRemedyCases() {
    }

    public static void insert(EntityManager em, String prefix, int cases, String decided, Map<String, Object> parameters) {
        var query = em.createNativeQuery("""
                INSERT INTO remedy_case (id, reference, source, complaint_id, complaint_reference, decision_date,
                                         child_references, created_at, version)
                SELECT gen_random_uuid(), :prefix || g, 'STAGE_2', gen_random_uuid(), 'CMP-' || :prefix || g, decided,
                       '["CR-100001"]', CAST(decided AS timestamptz) + interval '12 hours', 1
                FROM (SELECT g, %s AS decided FROM generate_series(1, :cases) g) s""".formatted(decided));
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("prefix", prefix);
        all.put("cases", cases);
        all.forEach(query::setParameter);
        query.executeUpdate();
    }
}
