package org.redress.remedies.compliance.infrastructure;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.redress.remedies.compliance.domain.ComplianceFigures;
import org.redress.remedies.compliance.domain.ComplianceQueries;
import org.redress.remedies.compliance.domain.ComplianceReport;

/**
 * One aggregate query with grouping sets: the totals, the figures by type and by source come
 * back as rows of the same query, so they always add up to each other.
 */
@ApplicationScoped
public class SqlComplianceQueries implements ComplianceQueries {

    private static final String QUERY = """
            SELECT GROUPING(a.type) AS by_type_rolled_up, GROUPING(c.source) AS by_source_rolled_up, a.type, c.source,
                   count(*),
                   count(*) FILTER (WHERE a.completed_on IS NOT NULL AND a.completed_on <= a.due_date),
                   count(*) FILTER (WHERE a.completed_on > a.due_date),
                   count(*) FILTER (WHERE a.status <> 'COMPLETED' AND a.due_date < ?3)
            FROM remedy_action a JOIN remedy_case c ON c.id = a.remedy_case_id
            WHERE a.due_date BETWEEN ?1 AND ?2
            GROUP BY GROUPING SETS ((a.type), (c.source), ())""";

    private final EntityManager entityManager;

    public SqlComplianceQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @SuppressWarnings("unchecked")
    public ComplianceReport report(LocalDate from, LocalDate to, LocalDate today) {
        List<Object[]> rows = entityManager.createNativeQuery(QUERY).setParameter(1, from).setParameter(2, to)
                .setParameter(3, today).getResultList();
        ComplianceFigures total = new ComplianceFigures(0, 0, 0, 0);
        Map<String, ComplianceFigures> byType = new TreeMap<>();
        Map<String, ComplianceFigures> bySource = new TreeMap<>();
        for (Object[] row : rows) {
            ComplianceFigures figures = new ComplianceFigures(count(row[4]), count(row[5]), count(row[6]), count(row[7]));
            boolean typeRolledUp = count(row[0]) == 1;
            boolean sourceRolledUp = count(row[1]) == 1;
            if (typeRolledUp && sourceRolledUp) {
                total = figures;
            } else if (sourceRolledUp) {
                byType.put((String) row[2], figures);
            } else {
                bySource.put((String) row[3], figures);
            }
        }
        return new ComplianceReport(from, to, total, byType, bySource);
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
