package org.redress.assessments.assessment.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.redress.assessments.assessment.domain.AssessmentScope;
import org.redress.assessments.assessment.domain.Team;
import org.redress.assessments.assessment.infrastructure.AssessmentWorkQueueQueries.Queue;
import org.redress.servicekit.storage.NativeSql;
import org.redress.testkit.QueryPlan;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.RolledBackHistory;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A social worker's list of overdue assessments, a team manager's list of overdue child in need plan
 * reviews and the first page of all assessments must cost what is open (or one page), not the years
 * of completed assessments behind them: on ten years of mostly completed assessments, each first
 * page reads its page through an index in the list's own order, never the whole history. Each test
 * loads its history in a transaction it rolls back, so no other test sees it.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class AssessmentWorkQueuePlanIT {

    static final AssessmentScope EVERY = AssessmentScope.EVERY_ASSESSMENT;
    static final int HISTORY = 30_000;
    static final int OPEN = 400;
    /** Far below the history: what reading one page, or the open assessments, may cost. */
    static final long ROWS_READ_AT_MOST = 1_000;
    static final long BUFFERS_AT_MOST = 1_500;

    /** The indexes each list is read through. */
    static final Map<Queue, List<String>> INDEXES = Map.of(Queue.OVERDUE_CLOCKS, List.of("assessment_open_by_due_idx"),
            Queue.OVERDUE_CLOCKS_AS_OF, List.of("assessment_open_by_due_idx", "assessment_completed_by_day_idx"),
            Queue.OVERDUE_PLAN_REVIEWS, List.of("assessment_plan_review_by_due_idx"),
            Queue.EVERY_ASSESSMENT, List.of("assessment_start_idx"));
    static final List<Queue> QUEUES = List.of(Queue.OVERDUE_CLOCKS, Queue.OVERDUE_CLOCKS_AS_OF,
            Queue.OVERDUE_PLAN_REVIEWS, Queue.EVERY_ASSESSMENT);
    /**
     * The work queue as of 60 days ago: the history's assessments started 120 to 130 days ago and completed late
     * were open and overdue then, and are completed now.
     */
    static final int AS_OF_DAYS_AGO = 60;

    /** The day a list is read on: today, or for the list as of a past day, that day. */
    static LocalDate dayOf(Queue queue, LocalDate today) {
        return queue == Queue.OVERDUE_CLOCKS_AS_OF ? today.minusDays(AS_OF_DAYS_AGO) : today;
    }

    @Inject
    EntityManager em;

    @Inject
    AssessmentWorkQueueQueries queries;

    @Inject
    Clock clock;

    @Test
    void theFirstPageOfEachListReadsOnePageThroughItsIndexNotTheHistory() {
        withHistory(today -> {
            Map<Queue, QueryPlan> firstPages = new LinkedHashMap<>();
            Map<Queue, QueryPlan> totals = new LinkedHashMap<>();
            QUEUES.forEach(q -> firstPages.put(q, explain(queries.page(q, EVERY, dayOf(q, today), 0, 20))));
            QUEUES.forEach(q -> totals.put(q, explain(queries.total(q, EVERY, dayOf(q, today)))));
            firstPages.forEach((q, plan) -> System.out.printf("first page of the assessments list, %s: %s%n", q,
                    plan.summary("assessment")));
            totals.forEach((q, plan) -> System.out.printf("total of the assessments list, %s: %s%n", q,
                    plan.summary("assessment")));

            firstPages.forEach((queue, page) -> assertReadsThroughItsIndex("first page, " + queue, page, queue));
            // the total of every assessment counts the history, as the list's total says it does
            totals.remove(Queue.EVERY_ASSESSMENT);
            totals.forEach((queue, total) -> assertReadsThroughItsIndex("total, " + queue, total, queue));
        });
    }

    /**
     * A social worker's, a team manager's and a remedy officer's list of every assessment read what their scope
     * holds through V011's indexes (the assessor's assignments, the team, the reassessments), not the history of
     * the assessments they have no part in.
     */
    @Test
    void aScopedListReadsWhatTheScopeHoldsThroughItsIndexesNotTheHistory() {
        withHistory(today -> {
            Map<String, AssessmentScope> scopes = Map.of(
                    "social worker", AssessmentScope.socialWorker("sw-plan", Team.ADULT_SOCIAL_CARE),
                    "team manager", AssessmentScope.teamManager(Team.ADULT_SOCIAL_CARE),
                    "remedy officer", AssessmentScope.remedyOfficer());
            scopes.forEach((who, scope) -> {
                for (NativeSql sql : List.of(queries.page(Queue.EVERY_ASSESSMENT, scope, today, 0, 20),
                        queries.total(Queue.EVERY_ASSESSMENT, scope, today))) {
                    QueryPlan plan = explain(sql);
                    System.out.printf("every assessment, as a %s: %s%n", who, plan.summary("assessment"));
                    assertThat(plan.sequentialScans()).as("sequential scans, %s", who).isEmpty();
                    assertThat(plan.rowsRead("assessment")).as("assessment rows read, %s", who)
                            .isLessThan(ROWS_READ_AT_MOST);
                }
            });
        });
    }

    private static void assertReadsThroughItsIndex(String query, QueryPlan plan, Queue queue) {
        assertThat(plan.sequentialScans()).as("sequential scans, %s", query).isEmpty();
        assertThat(plan.rowsRead("assessment")).as("assessment rows read, %s", query).isLessThan(ROWS_READ_AT_MOST);
        assertThat(plan.buffers()).as("buffers, %s", query).isLessThan(BUFFERS_AT_MOST);
        assertThat(plan.indexes()).as("indexes, %s", query).containsAll(INDEXES.get(queue));
    }

    @Test
    void answersEveryListAndPageExactlyAsTheQueriesBeforeDid() {
        withHistory(now -> {
            for (Queue queue : QUEUES) {
                LocalDate today = dayOf(queue, now);
                assertThat(count(queries.total(queue, EVERY, today))).as("total, %s", queue)
                        .isEqualTo(referenceTotal(queue, today));
                // the first pages, a page of one, pages of 100 and a far page (past the end of the overdue lists)
                int[][] pages = { { 0, 20 }, { 1, 20 }, { 0, 1 }, { 1, 100 }, { 3, 100 }, { 250, 100 } };
                for (int[] p : pages) {
                    assertThat(ids(queries.page(queue, EVERY, today, p[0], p[1]))).as("page %d of %d, %s", p[0], p[1], queue)
                            .containsExactlyElementsOf(referencePage(queue, today, p[0], p[1]));
                }
            }
        });
    }

    /**
     * The lists' queries before they were written in SQL: the Panache queries of
     * PanacheAssessmentRepository, in HQL. Kept here on purpose, and only here, as the independent
     * oracle the SQL's answers are compared with: Hibernate writes their SQL its own way, so a fault
     * in a condition or an order of the new SQL cannot hide behind the same fault in its expected output.
     */
    private static final Map<Queue, String[]> REFERENCE = Map.of(
            Queue.OVERDUE_CLOCKS,
            new String[] { "where a.completedOn is null and a.dueDate < :today", "a.dueDate, a.id" },
            Queue.OVERDUE_CLOCKS_AS_OF,
            new String[] { "where a.dueDate < :today and not (a.completedOn is not null and a.completedOn <= :today)",
                    "a.dueDate, a.id" },
            Queue.OVERDUE_PLAN_REVIEWS,
            new String[] { "where a.cinPlanReviewDue < :today", "a.cinPlanReviewDue, a.id" },
            Queue.EVERY_ASSESSMENT, new String[] { "", "a.startDate desc, a.id" });

    private List<Object> referencePage(Queue queue, LocalDate today, int page, int size) {
        String[] reference = REFERENCE.get(queue);
        var query = em.createQuery("select a.id from AssessmentEntity a " + reference[0] + " order by " + reference[1],
                Object.class);
        if (queue != Queue.EVERY_ASSESSMENT) {
            query.setParameter("today", today);
        }
        return query.setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    private long referenceTotal(Queue queue, LocalDate today) {
        var query = em.createQuery("select count(*) from AssessmentEntity a " + REFERENCE.get(queue)[0], Long.class);
        if (queue != Queue.EVERY_ASSESSMENT) {
            query.setParameter("today", today);
        }
        return query.getSingleResult();
    }

    /** The ids of the page's assessments, read as the repository reads them. */
    @SuppressWarnings("unchecked")
    private List<Object> ids(NativeSql page) {
        return ((List<AssessmentEntity>) page.bind(em, AssessmentEntity.class).getResultList()).stream()
                .map(entity -> (Object) entity.id).toList();
    }

    private long count(NativeSql sql) {
        return ((Number) sql.bind(em, "").getSingleResult()).longValue();
    }

    private QueryPlan explain(NativeSql sql) {
        return QueryPlan.of(sql.bind(em, QueryPlan.EXPLAIN));
    }

    /**
     * Ten years of assessments, all completed but {@link #OPEN} started in the last 120 days, whose
     * 45-working-day clocks are overdue or running (half the overdue ones already reported as
     * breached); one in ten completed in the last two years has a child in need plan, a quarter of
     * them with a review up to 60 days overdue. In a transaction rolled back afterwards.
     */
    private void withHistory(Consumer<LocalDate> test) {
        LocalDate today = LocalDate.now(clock);
        RolledBackHistory.run(em, () -> {
            em.createNativeQuery("""
                    INSERT INTO assessment (id, reference, child_ref, assessment_type, start_date, clock_limit, created_at,
                                            version, due_date, completed_on, breach_reported, cin_plan_start,
                                            cin_plan_review_due)
                    SELECT gen_random_uuid(), 'PLAN-' || g, 'CR-' || (100000 + g), 'S17', started, 45,
                           CAST(started AS timestamptz), 4, started + 63,
                           CASE WHEN NOT open THEN started + 20 + CAST(floor(random() * 50) AS int) END,
                           open AND started + 63 < :today AND random() < 0.5,
                           CASE WHEN planned THEN started + 90 END,
                           CASE WHEN planned THEN CAST(:today AS date) - 60 + CAST(floor(random() * 240) AS int) END
                    FROM (SELECT g, started, open,
                                 NOT open AND started > CAST(:today AS date) - 730 AND random() < 0.1 AS planned
                          FROM (SELECT g, g > :history - :open AS open,
                                       CASE WHEN g > :history - :open
                                            THEN CAST(:today AS date) - CAST(floor(random() * 120) AS int)
                                            ELSE CAST(:today AS date) - 120 - CAST(floor(random() * 3650) AS int)
                                       END AS started
                                FROM generate_series(1, :history) g) s) p""")
                    .setParameter("history", HISTORY).setParameter("open", OPEN).setParameter("today", today)
                    .executeUpdate();
            // the planner chooses by statistics; autovacuum would gather them for committed rows
            em.createNativeQuery("ANALYZE assessment").executeUpdate();
            test.accept(today);
        });
    }
}
