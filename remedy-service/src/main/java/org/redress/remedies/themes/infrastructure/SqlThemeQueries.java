package org.redress.remedies.themes.infrastructure;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.redress.remedies.themes.domain.ThemeAction;
import org.redress.remedies.themes.domain.ThemeQueries;
import org.redress.remedies.themes.domain.ThemeSummary;
import org.redress.servicekit.storage.NativeSql;

/**
 * Theme queries straight from the remedy tables. Every query reads {@code remedy_action_theme_idx} (V006),
 * which holds the service improvements by theme, newest decision first: the themes are listed by skipping
 * from one code to the next, a theme's latest actions are the first entries under its code, and nothing
 * reads a theme's whole history except its counts, which the index answers without the table rows.
 */
@ApplicationScoped
public class SqlThemeQueries implements ThemeQueries {

    private static final String IMPROVEMENT = "a.type = 'SERVICE_IMPROVEMENT'";

    // the status as remedy cases report it (ActionStatus.on): overdue from the day after the due date,
    // whether or not the overdue sweep has stored it yet
    private static final String STATUS = """
            CASE WHEN a.status IN ('OPEN', 'IN_PROGRESS') AND a.due_date < :today THEN 'OVERDUE' ELSE a.status END""";

    private static final String ACTION_COLUMNS = """
            a.theme, c.id, c.reference, c.complaint_reference, c.source, c.decision_date, a.id, a.action_ref,
            %s, a.due_date, a.completed_on""".formatted(STATUS);

    /** The index's order after the theme: newest decision first, then each case's actions together. */
    private static final String NEWEST_FIRST = "a.decision_date DESC, a.remedy_case_id, a.action_ref";

    // a loose index scan: each step finds the next theme code above the last through the index, so a page
    // of themes costs its offset and size in index probes, not the service improvements under them; each
    // step yields one code greater than the one before, so the codes come out in order
    private static final String THEME_CODES = """
            WITH RECURSIVE theme_code(theme) AS (
                (SELECT a.theme FROM remedy_action a WHERE %1$s AND a.theme IS NOT NULL ORDER BY a.theme LIMIT 1)
                UNION ALL
                SELECT (SELECT a.theme FROM remedy_action a WHERE %1$s AND a.theme > t.theme ORDER BY a.theme LIMIT 1)
                FROM theme_code t WHERE t.theme IS NOT NULL)
            """.formatted(IMPROVEMENT);

    private static final String PAGE_OF_THEMES = THEME_CODES
            // ordered explicitly: one index probe per distinct theme (tens), not a guarantee taken from the recursion
            + ", page_theme AS (SELECT theme FROM theme_code WHERE theme IS NOT NULL ORDER BY theme LIMIT :size OFFSET :offset)\n";

    private final EntityManager em;

    public SqlThemeQueries(EntityManager em) {
        this.em = em;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<ThemeSummary> themes(int page, int size, LocalDate today) {
        List<Object[]> counted = themeCountsSql(page, size, today).bind(em, "").getResultList();
        List<ThemeAction> latest = actions(latestOnThemesSql(page, size, today));
        return counted.stream().map(r -> {
            String theme = (String) r[0];
            return new ThemeSummary(theme, number(r[1]), number(r[2]), number(r[3]), number(r[4]),
                    latest.stream().filter(a -> a.theme().equals(theme)).toList());
        }).toList();
    }

    @Override
    public long countThemes() {
        return number(countThemesSql().bind(em, "").getSingleResult());
    }

    @Override
    public List<ThemeAction> actionsOn(String theme, int page, int size, LocalDate today) {
        return actions(actionsOnSql(theme, page, size, today));
    }

    @Override
    public long countActionsOn(String theme) {
        return number(countActionsOnSql(theme).bind(em, "").getSingleResult());
    }

    @Override
    public List<ThemeAction> earlierOnThemesOf(UUID remedyCaseId, LocalDate today) {
        return actions(earlierOnThemesSql(remedyCaseId, today));
    }

    /** A page of themes with their counts, as it is run, for {@link #themes} and for the plan test. */
    NativeSql themeCountsSql(int page, int size, LocalDate today) {
        return new NativeSql(PAGE_OF_THEMES + """
                SELECT p.theme, n.actions, n.completed, n.open, n.overdue
                FROM page_theme p CROSS JOIN LATERAL (
                    SELECT count(*) AS actions, count(a.completed_on) AS completed,
                           count(*) FILTER (WHERE a.completed_on IS NULL) AS open,
                           count(*) FILTER (WHERE (%s) = 'OVERDUE') AS overdue
                    FROM remedy_action a WHERE %s AND a.theme = p.theme) n
                ORDER BY p.theme""".formatted(STATUS, IMPROVEMENT), pageParameters(page, size, today));
    }

    /** The latest actions of each theme on a page of themes, as it is run. */
    NativeSql latestOnThemesSql(int page, int size, LocalDate today) {
        Map<String, Object> parameters = pageParameters(page, size, today);
        parameters.put("latest", LATEST_PER_THEME);
        return new NativeSql(PAGE_OF_THEMES + """
                SELECT %1$s
                FROM page_theme p CROSS JOIN LATERAL (
                    SELECT a.* FROM remedy_action a WHERE %2$s AND a.theme = p.theme
                    ORDER BY %3$s LIMIT :latest) a
                JOIN remedy_case c ON c.id = a.remedy_case_id
                ORDER BY a.theme, %3$s""".formatted(ACTION_COLUMNS, IMPROVEMENT, NEWEST_FIRST), parameters);
    }

    /** How many themes there are, as it is run: one index probe per theme. */
    NativeSql countThemesSql() {
        return new NativeSql(THEME_CODES + "SELECT count(theme) FROM theme_code", Map.of());
    }

    /** One page of a theme's actions, as it is run. */
    NativeSql actionsOnSql(String theme, int page, int size, LocalDate today) {
        Map<String, Object> parameters = pageParameters(page, size, today);
        parameters.put("theme", theme);
        return new NativeSql("""
                SELECT %s
                FROM remedy_action a JOIN remedy_case c ON c.id = a.remedy_case_id
                WHERE %s AND a.theme = :theme
                ORDER BY %s LIMIT :size OFFSET :offset""".formatted(ACTION_COLUMNS, IMPROVEMENT, NEWEST_FIRST),
                parameters);
    }

    /** How many actions a theme has, as it is run. */
    NativeSql countActionsOnSql(String theme) {
        return new NativeSql("SELECT count(*) FROM remedy_action a WHERE " + IMPROVEMENT + " AND a.theme = :theme",
                Map.of("theme", theme));
    }

    /**
     * The latest actions on each of a case's themes agreed on cases recorded before it, as it is run. A
     * case recorded earlier was decided no later than the day it was recorded (a decision date is never in
     * the future, DecisionDatePolicy), so its actions lie at or below that day in the index; the bound (a
     * day's slack for the database's time zone) changes no result and spares reading the later years.
     */
    NativeSql earlierOnThemesSql(UUID remedyCaseId, LocalDate today) {
        return new NativeSql("""
                WITH this_case AS (SELECT id, created_at FROM remedy_case WHERE id = :caseId),
                own_theme AS (SELECT DISTINCT a.theme FROM remedy_action a
                              WHERE a.remedy_case_id = :caseId AND %2$s AND a.theme IS NOT NULL)
                SELECT %1$s
                FROM own_theme o CROSS JOIN this_case t CROSS JOIN LATERAL (
                    SELECT a.* FROM remedy_action a JOIN remedy_case e ON e.id = a.remedy_case_id
                    WHERE %2$s AND a.theme = o.theme AND a.remedy_case_id <> t.id
                      AND a.decision_date <= CAST(t.created_at AS date) + 1 AND e.created_at <= t.created_at
                    ORDER BY %3$s LIMIT :latest) a
                JOIN remedy_case c ON c.id = a.remedy_case_id
                ORDER BY a.theme, %3$s""".formatted(ACTION_COLUMNS, IMPROVEMENT, NEWEST_FIRST),
                Map.of("caseId", remedyCaseId, "today", today, "latest", LATEST_PER_THEME));
    }

    private static Map<String, Object> pageParameters(int page, int size, LocalDate today) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("size", size);
        parameters.put("offset", (long) page * size);
        parameters.put("today", today);
        return parameters;
    }

    @SuppressWarnings("unchecked")
    private List<ThemeAction> actions(NativeSql sql) {
        List<Object[]> rows = sql.bind(em, "").getResultList();
        return rows.stream().map(SqlThemeQueries::toAction).toList();
    }

    private static ThemeAction toAction(Object[] r) {
        return new ThemeAction((String) r[0], (UUID) r[1], (String) r[2], (String) r[3], (String) r[4], date(r[5]),
                (UUID) r[6], (String) r[7], (String) r[8], date(r[9]), date(r[10]));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate local ? local : ((Date) value).toLocalDate();
    }
}
