package org.redress.remedies.remedycases.infrastructure;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.redress.remedies.remedycases.domain.RemedyCaseSummaries;
import org.redress.servicekit.storage.NativeSql;

/**
 * Summaries in one statement: the page of cases is chosen first, newest decision first through
 * {@code remedy_case_decision_idx} (V001) as the full list chooses it, and only those cases' actions are read,
 * through an index led by their case (remedy_action_position_unique), to give each case its dates and whether it is
 * complete. No narrative column is selected.
 */
@ApplicationScoped
public class SqlRemedyCaseSummaries implements RemedyCaseSummaries {

    private final EntityManager em;

    public SqlRemedyCaseSummaries(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<RemedyCaseSummary> page(UUID complaintId, int page, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = pageSql(complaintId, page, size).bind(em, "").getResultList();
        return rows.stream().map(SqlRemedyCaseSummaries::summary).toList();
    }

    /** A page's query, for {@link #page} and for the plan test. */
    NativeSql pageSql(UUID complaintId, int page, int size) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (complaintId != null) {
            parameters.put("complaint", complaintId);
        }
        parameters.put("size", size);
        parameters.put("offset", (long) page * size);
        return new NativeSql("""
                SELECT c.id, c.reference, c.complaint_id, c.complaint_reference, c.decision_date,
                       min(a.due_date) FILTER (WHERE a.status <> 'COMPLETED') AS next_due,
                       min(a.due_date) FILTER (WHERE a.status IN ('OPEN', 'IN_PROGRESS', 'OVERDUE')) AS chased_due,
                       max(a.completed_on) AS last_completed,
                       count(a.id) FILTER (WHERE a.status <> 'COMPLETED') = 0 AS complete
                FROM (SELECT id, reference, complaint_id, complaint_reference, decision_date
                      FROM remedy_case%s
                      ORDER BY decision_date DESC, id
                      LIMIT :size OFFSET :offset) c
                LEFT JOIN remedy_action a ON a.remedy_case_id = c.id
                GROUP BY c.id, c.reference, c.complaint_id, c.complaint_reference, c.decision_date
                ORDER BY c.decision_date DESC, c.id""".formatted(complaintId == null ? "" : " WHERE complaint_id = :complaint"),
                parameters);
    }

    private static RemedyCaseSummary summary(Object[] row) {
        return new RemedyCaseSummary((UUID) row[0], (String) row[1], (UUID) row[2], (String) row[3], date(row[4]),
                date(row[5]), date(row[6]), date(row[7]), (Boolean) row[8]);
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
