package org.redress.remedies.themes.infrastructure;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.redress.remedies.themes.domain.ThemeAction;
import org.redress.remedies.themes.domain.ThemeQueries;

/** Theme queries straight from the remedy tables. */
@ApplicationScoped
public class SqlThemeQueries implements ThemeQueries {

    // the status as remedy cases report it (ActionStatus.on): overdue from the day after the due date,
    // whether or not the overdue sweep has stored it yet
    private static final String ACTION_COLUMNS = """
            SELECT a.theme, c.id, c.reference, c.complaint_reference, c.source, c.decision_date, a.id, a.action_ref,
                   CASE WHEN a.status IN ('OPEN', 'IN_PROGRESS') AND a.due_date < :today THEN 'OVERDUE'
                        ELSE a.status END,
                   a.due_date, a.completed_on
            FROM remedy_action a JOIN remedy_case c ON c.id = a.remedy_case_id
            WHERE a.type = 'SERVICE_IMPROVEMENT' """;

    private final EntityManager entityManager;

    public SqlThemeQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> themes(int page, int size) {
        return entityManager.createNativeQuery("""
                SELECT DISTINCT theme FROM remedy_action WHERE type = 'SERVICE_IMPROVEMENT'
                ORDER BY theme OFFSET ?1 LIMIT ?2""")
                .setParameter(1, page * size).setParameter(2, size).getResultList();
    }

    @Override
    public long countThemes() {
        return ((Number) entityManager.createNativeQuery(
                "SELECT count(DISTINCT theme) FROM remedy_action WHERE type = 'SERVICE_IMPROVEMENT'")
                .getSingleResult()).longValue();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<ThemeAction> actionsOn(List<String> themes, LocalDate today) {
        if (themes.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = entityManager.createNativeQuery(ACTION_COLUMNS
                + "AND a.theme IN (:themes) ORDER BY a.theme, c.decision_date, a.action_ref")
                .setParameter("themes", themes).setParameter("today", today).getResultList();
        return rows.stream().map(SqlThemeQueries::toAction).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<ThemeAction> earlierOnThemesOf(UUID remedyCaseId, LocalDate today) {
        List<Object[]> rows = entityManager.createNativeQuery(ACTION_COLUMNS + """
                AND c.id <> :caseId
                AND a.theme IN (SELECT theme FROM remedy_action WHERE remedy_case_id = :caseId AND type = 'SERVICE_IMPROVEMENT')
                AND c.created_at <= (SELECT created_at FROM remedy_case WHERE id = :caseId)
                ORDER BY a.theme, c.decision_date, a.action_ref""")
                .setParameter("caseId", remedyCaseId).setParameter("today", today).getResultList();
        return rows.stream().map(SqlThemeQueries::toAction).toList();
    }

    private static ThemeAction toAction(Object[] r) {
        return new ThemeAction((String) r[0], (UUID) r[1], (String) r[2], (String) r[3], (String) r[4], date(r[5]),
                (UUID) r[6], (String) r[7], (String) r[8], date(r[9]), date(r[10]));
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate local ? local : ((Date) value).toLocalDate();
    }
}
