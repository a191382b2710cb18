package org.redress.remedies.themes.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.redress.remedies.remedycases.HistoricRemedyCases;
import org.redress.servicekit.storage.NativeSql;
import org.redress.testkit.QueryPlan;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.RolledBackHistory;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Learning across cases must cost a page, not the years of service improvements behind it: on 40,000
 * actions, half of them service improvements spread over 40 themes of 500 each, a page of themes' latest
 * actions, a theme's first page of actions and a case's earlier actions read a few rows per theme through
 * {@code remedy_action_theme_idx}; the themes are listed by one index probe each; only a theme's counts read
 * its own entries of the index, and never another theme's or another kind of action. The history is loaded
 * in a transaction rolled back afterwards, so no other test sees it.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class ThemeQueriesPlanIT {

    static final int CASES = 20_000;
    static final int THEMES = 40;
    static final int PER_THEME = CASES / THEMES;
    static final String INDEX = "remedy_action_theme_idx";

    @Inject
    EntityManager em;

    @Inject
    SqlThemeQueries queries;

    @Inject
    Clock clock;

    @Test
    void theLatestActionsOfAPageOfThemesAndOfACaseReadAFewRowsPerThemeThroughTheThemeIndex() {
        withHistory(today -> {
            Map<String, Bound> plans = new LinkedHashMap<>();
            // 20 themes of 5 latest actions each, after one probe per theme
            plans.put("latest actions of a page of themes", new Bound(queries.latestOnThemesSql(0, 20, today), 200, 100));
            plans.put("a theme's first page of actions", new Bound(queries.actionsOnSql(theme(7), 0, 20, today), 50, 50));
            plans.put("earlier on the themes of the newest case", new Bound(queries.earlierOnThemesSql(caseAt("DESC"), today), 100, 100));
            plans.put("earlier on the themes of a case from years ago", new Bound(queries.earlierOnThemesSql(caseAt("ASC OFFSET 5000"), today), 100, 100));
            // one probe per theme code: the plan's 40 and those other tests agreed
            plans.put("count of themes", new Bound(queries.countThemesSql(), 1_000, 0));
            // counts read the entries of the page's themes only, at most 20 of 500
            plans.put("counts of a page of themes", new Bound(queries.themeCountsSql(0, 20, today), 20 * PER_THEME + 1_000, 0));
            plans.put("count of a theme's actions", new Bound(queries.countActionsOnSql(theme(7)), PER_THEME + 10, 0));

            plans.forEach((query, bound) -> {
                QueryPlan plan = explain(bound.sql());
                System.out.printf("themes, %s: %s%n", query, plan.summary("remedy_action", "remedy_case"));
                assertThat(plan.sequentialScans()).as("sequential scans, %s", query).isEmpty();
                assertThat(plan.indexes()).as("indexes, %s", query).contains(INDEX);
                assertThat(plan.rowsRead("remedy_action")).as("action rows read, %s", query)
                        .isLessThanOrEqualTo(bound.actionRows());
                assertThat(plan.rowsRead("remedy_case")).as("case rows read, %s", query)
                        .isLessThanOrEqualTo(bound.caseRows());
            });
        });
    }

    @Test
    void aPageOfThemesGivesEachItsCountsAndItsLatestFiveNewestFirst() {
        withHistory(today -> {
            var summary = java.util.stream.IntStream.iterate(0, page -> page + 1)
                    .mapToObj(page -> queries.themes(page, 100, today))
                    .takeWhile(page -> !page.isEmpty()).flatMap(java.util.List::stream)
                    .filter(t -> t.theme().equals(theme(7))).findFirst().orElseThrow();
            assertThat(summary.actionCount()).isEqualTo(PER_THEME);
            assertThat(summary.completedCount() + summary.openCount()).isEqualTo(PER_THEME);
            assertThat(summary.latest()).hasSize(5);
            LocalDate newest = LocalDate.parse((String) em.createNativeQuery("""
                    SELECT CAST(max(c.decision_date) AS text) FROM remedy_case c JOIN remedy_action a ON a.remedy_case_id = c.id
                    WHERE a.theme = :theme""").setParameter("theme", theme(7)).getSingleResult());
            assertThat(summary.latest().get(0).decisionDate()).isEqualTo(newest);
            assertThat(summary.latest()).isSortedAccordingTo((a, b) -> b.decisionDate().compareTo(a.decisionDate()));
        });
    }

    record Bound(NativeSql sql, long actionRows, long caseRows) {
    }

    private static String theme(int n) {
        return "plan-theme-%02d".formatted(n);
    }

    private UUID caseAt(String order) {
        return UUID.fromString((String) em.createNativeQuery("SELECT CAST(id AS text) FROM remedy_case "
                + "WHERE reference LIKE 'TPLAN-%' ORDER BY created_at " + order + " LIMIT 1").getSingleResult());
    }

    private QueryPlan explain(NativeSql sql) {
        return QueryPlan.of(sql.bind(em, QueryPlan.EXPLAIN));
    }

    /**
     * Ten years of remedy cases, each with an apology and a service improvement on one of {@link #THEMES}
     * themes, mostly completed, in a transaction rolled back afterwards.
     */
    private void withHistory(Consumer<LocalDate> test) {
        LocalDate today = LocalDate.now(clock);
        RolledBackHistory.run(em, () -> {
            HistoricRemedyCases.insert(em, "TPLAN-", CASES,
                    "CAST(:today AS date) - 1 - CAST(floor(random() * 3650) AS int)", Map.of("today", today));
            em.createNativeQuery("""
                    INSERT INTO remedy_action (id, remedy_case_id, position, action_ref, type, period, due_date, theme,
                                               status, description, owner, completed_on, version)
                    SELECT gen_random_uuid(), c.id, p, 'A' || (p + 1), CASE WHEN p = 0 THEN 'APOLOGY' ELSE 'SERVICE_IMPROVEMENT' END,
                           'P3M', c.decision_date + 90,
                           CASE WHEN p = 1 THEN 'plan-theme-' || lpad(CAST(CAST(substr(c.reference, 7) AS int) % :themes AS text), 2, '0') END,
                           CASE WHEN random() < 0.9 THEN 'COMPLETED' ELSE 'OPEN' END, 'Agreed', 'Head of Service', NULL, 1
                    FROM remedy_case c, generate_series(0, 1) p WHERE c.reference LIKE 'TPLAN-%'""")
                    .setParameter("themes", THEMES).executeUpdate();
            em.createNativeQuery("""
                    UPDATE remedy_action SET completed_on = due_date - 10
                    WHERE status = 'COMPLETED' AND remedy_case_id IN (SELECT id FROM remedy_case WHERE reference LIKE 'TPLAN-%')""")
                    .executeUpdate();
            // the planner chooses by statistics; autovacuum would gather them for committed rows
            em.createNativeQuery("ANALYZE remedy_case, remedy_action").executeUpdate();
            test.accept(today);
        });
    }
}
