package org.redress.remedies.remedycases.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;
import org.junit.jupiter.api.Test;
import org.redress.remedies.remedycases.HistoricRemedyCases;
import org.redress.remedies.remedycases.domain.ActionWorkQueue.Due;
import org.redress.servicekit.storage.NativeSql;
import org.redress.testkit.QueryPlan;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.RolledBackHistory;


import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A remedy officer's work queue must cost what is still open, not the years of completed actions
 * behind it: on 50,000 actions, almost all completed, the first page reads the open actions
 * through their index and the cases of one page, never the whole table. The history is loaded in a
 * transaction rolled back afterwards, so no other test sees it.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class ActionWorkQueuePlanIT {

    static final int CASES = 25_000;
    /** Two actions per case. */
    static final int ACTIONS = 2 * CASES;
    static final int OPEN_CASES = 200;
    /** Far below the history: what reading the open actions and one page of cases may cost. */
    static final long ROWS_READ_AT_MOST = 1_000;
    static final long BUFFERS_AT_MOST = 1_500;

    @Inject
    EntityManager em;

    @Inject
    SqlActionWorkQueue queue;

    @Inject
    Clock clock;

    @Test
    void theFirstPageAndTotalOfEachQueueReadTheOpenActionsThroughTheirIndexNotTheHistory() {
        withHistory(today -> {
            Map<String, QueryPlan> plans = new LinkedHashMap<>();
            for (Due due : Arrays.asList(Due.OVERDUE, Due.DUE_SOON, null)) {
                plans.put("first page, " + due, explain(queue.pageSql(due, today, 0, 20)));
                plans.put("total, " + due, explain(queue.totalSql(due, today)));
            }
            plans.forEach((query, plan) -> System.out.printf("remedy action work queue, %s: %s%n", query, plan.summary("remedy_action", "remedy_case")));

            plans.forEach((query, plan) -> {
                assertThat(plan.sequentialScans()).as("sequential scans, %s", query).isEmpty();
                assertThat(plan.rowsRead("remedy_action")).as("action rows read, %s", query).isLessThan(ROWS_READ_AT_MOST);
                assertThat(plan.rowsRead("remedy_case")).as("case rows read, %s", query).isLessThan(ROWS_READ_AT_MOST);
                assertThat(plan.buffers()).as("buffers, %s", query).isLessThan(BUFFERS_AT_MOST);
                assertThat(plan.indexes()).as("indexes, %s", query).contains("remedy_action_open_due_idx");
            });
        });
    }

    @Test
    void listsOnlyOpenActionsByDueDateThenIdAndCountsThemAll() {
        withHistory(today -> {
            for (Due due : Arrays.asList(Due.OVERDUE, Due.DUE_SOON, null)) {
                var all = queue.page(due, today, 0, 100);
                long total = queue.total(due, today);
                assertThat(all).as("%s", due).isNotEmpty().hasSizeLessThanOrEqualTo(100);
                // the history's open actions and those other tests left open, counted after the total so that
                // one opened meanwhile only widens the bound; never the tens of thousands completed
                assertThat(total).as("total, %s", due).isGreaterThanOrEqualTo(all.size())
                        .isLessThanOrEqualTo(2L * OPEN_CASES + openActionsOfOtherTests());
                assertThat(all).as("order, %s", due).isSortedAccordingTo(
                        java.util.Comparator.comparing((org.redress.remedies.remedycases.domain.ActionWorkQueue.QueuedAction a)
                                -> a.dueDate()).thenComparing(a -> a.actionId().toString()));
                assertThat(all).extracting(a -> a.status().isComplete()).containsOnly(false);
            }
        });
    }

    private long openActionsOfOtherTests() {
        return ((Number) em.createNativeQuery("""
                SELECT count(*) FROM remedy_action a JOIN remedy_case c ON c.id = a.remedy_case_id
                WHERE a.status <> 'COMPLETED' AND c.reference NOT LIKE 'PLAN-%'""").getSingleResult()).longValue();
    }

    private QueryPlan explain(NativeSql sql) {
        return QueryPlan.of(sql.bind(em, QueryPlan.EXPLAIN));
    }

    /**
     * Ten years of remedy cases with two actions each, all completed but those of
     * {@link #OPEN_CASES} decided in the last 90 days, whose actions are overdue, due soon or on
     * track, in a transaction rolled back afterwards.
     */
    private void withHistory(Consumer<LocalDate> test) {
        LocalDate today = LocalDate.now(clock);
        RolledBackHistory.run(em, () -> {
            HistoricRemedyCases.insert(em, "PLAN-", CASES, """
                    CASE WHEN g <= :cases - :open THEN CAST(:today AS date) - 60 - CAST(floor(random() * 3650) AS int)
                         ELSE CAST(:today AS date) - CAST(floor(random() * 90) AS int) END""",
                    Map.of("open", OPEN_CASES, "today", today));
            em.createNativeQuery("""
                    INSERT INTO remedy_action (id, remedy_case_id, position, action_ref, type, period, due_date, status,
                                               description, owner, completed_on, version)
                    SELECT gen_random_uuid(), c.id, p, 'A' || (p + 1), 'APOLOGY', 'P4W', c.decision_date + 28 + 7 * p,
                           CASE WHEN NOT open THEN 'COMPLETED'
                                WHEN c.decision_date + 28 + 7 * p < :today THEN 'OVERDUE'
                                WHEN random() < 0.5 THEN 'IN_PROGRESS' ELSE 'OPEN' END,
                           'Written apology', 'Head of Service',
                           CASE WHEN open THEN NULL ELSE c.decision_date + 20 END, 1
                    FROM (SELECT id, decision_date, decision_date > CAST(:today AS date) - 90 AND reference LIKE 'PLAN-%'
                                 AND CAST(substr(reference, 6) AS int) > :cases - :open AS open
                          FROM remedy_case WHERE reference LIKE 'PLAN-%') c, generate_series(0, 1) p""")
                    .setParameter("cases", CASES).setParameter("open", OPEN_CASES).setParameter("today", today)
                    .executeUpdate();
            // the planner chooses by statistics; autovacuum would gather them for committed rows
            em.createNativeQuery("ANALYZE remedy_case, remedy_action").executeUpdate();
            test.accept(today);
        });
    }
}
