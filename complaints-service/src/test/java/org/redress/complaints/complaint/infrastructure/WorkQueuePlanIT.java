package org.redress.complaints.complaint.infrastructure;

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
import org.redress.complaints.complaint.domain.ComplaintRepository.QueueClock;
import org.redress.complaints.complaint.domain.ComplaintRepository.WorkQueueFilter;
import org.redress.complaints.complaint.domain.ComplaintScope;
import org.redress.complaints.complaint.domain.ComplaintState;
import org.redress.servicekit.storage.NativeSql;
import org.redress.statutorytime.WorkingDayCalendar;
import org.redress.testkit.QueryPlan;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.RolledBackHistory;


import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The work queue a complaints manager opens every morning must cost what is open, not what the
 * council has handled over the years: on ten years of mostly closed complaints, its first page
 * reads the open clocks through their index and a few complaints, never the whole history.
 * Each test loads its history in a transaction it rolls back, so no other test sees it.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class WorkQueuePlanIT {

    static final int HISTORY = 50_000;
    static final int OPEN = 400;
    /** Far below the history: what reading the open clocks and one page of complaints may cost. */
    static final long ROWS_READ_AT_MOST = 1_000;
    static final long BUFFERS_AT_MOST = 1_500;

    static final WorkQueueFilter EVERYTHING = new WorkQueueFilter(null, null, null, ComplaintScope.EVERY_COMPLAINT);
    static final WorkQueueFilter OVERDUE = new WorkQueueFilter(null, null, QueueClock.OVERDUE, ComplaintScope.EVERY_COMPLAINT);
    static final WorkQueueFilter DUE_SOON = new WorkQueueFilter(null, null, QueueClock.DUE_SOON, ComplaintScope.EVERY_COMPLAINT);

    @Inject
    EntityManager em;

    @Inject
    WorkQueueQueries queries;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    @Test
    void theFirstPageOfEachQueueReadsTheOpenClocksThroughTheirIndexNotTheHistory() {
        withHistory(today -> {
            Map<WorkQueueFilter, QueryPlan> firstPages = new LinkedHashMap<>();
            Map<WorkQueueFilter, QueryPlan> totals = new LinkedHashMap<>();
            List.of(OVERDUE, DUE_SOON, EVERYTHING).forEach(f -> firstPages.put(f, explain(queries.page(f, today, 0, 20))));
            List.of(OVERDUE, DUE_SOON).forEach(f -> totals.put(f, explain(queries.total(f, today))));
            firstPages.forEach((f, plan) -> System.out.printf("first page of the work queue, %s: %s%n", f,
                    plan.summary("complaint", "complaint_clock")));
            totals.forEach((f, plan) -> System.out.printf("total of the work queue, %s: %s%n", f,
                    plan.summary("complaint", "complaint_clock")));

            firstPages.forEach((filter, page) -> {
                assertThat(page.sequentialScans()).as("sequential scans, %s", filter).isEmpty();
                assertThat(page.rowsRead("complaint")).as("complaint rows read, %s", filter).isLessThan(ROWS_READ_AT_MOST);
                assertThat(page.rowsRead("complaint_clock")).as("clock rows read, %s", filter).isLessThan(ROWS_READ_AT_MOST);
                assertThat(page.buffers()).as("buffers, %s", filter).isLessThan(BUFFERS_AT_MOST);
                assertThat(page.indexes()).as("indexes, %s", filter).contains("complaint_clock_open_due_idx");
            });
            totals.forEach((filter, total) -> {
                assertThat(total.sequentialScans()).as("sequential scans of the total, %s", filter).isEmpty();
                assertThat(total.rowsRead("complaint")).as("complaint rows counted, %s", filter)
                        .isLessThan(ROWS_READ_AT_MOST);
                assertThat(total.buffers()).as("buffers of the total, %s", filter).isLessThan(BUFFERS_AT_MOST);
            });
        });
    }

    /**
     * The queue as of a past day starts from the clocks open at the end of it: the running ones through their
     * index, and those stopped since through theirs (V015), never the years of clocks stopped before the day.
     */
    @Test
    void theQueueAsOfAPastDayReadsTheClocksOpenThenThroughTheirIndexesNotTheHistory() {
        withHistory(today -> {
            for (QueueClock queue : QueueClock.values()) {
                for (LocalDate day : List.of(today.minusDays(10), today.minusDays(40))) {
                    QueryPlan plan = explain(queries.candidatesAsOf(queue, day));
                    System.out.printf("candidates of the work queue as of %s, %s: %s%n", day, queue,
                            plan.summary("complaint", "complaint_clock"));
                    assertThat(plan.sequentialScans()).as("sequential scans, %s as of %s", queue, day).isEmpty();
                    assertThat(plan.rowsRead("complaint_clock")).as("clock rows read, %s as of %s", queue, day)
                            .isLessThan(ROWS_READ_AT_MOST);
                    assertThat(plan.buffers()).as("buffers, %s as of %s", queue, day).isLessThan(BUFFERS_AT_MOST);
                    assertThat(plan.indexes()).as("indexes, %s as of %s", queue, day)
                            .contains("complaint_clock_open_due_idx", "complaint_clock_stopped_idx");
                }
            }
        });
    }

    @Test
    void answersEveryFilterAndPageExactlyAsTheQueryThatReadTheWholeHistoryDid() {
        withHistory(today -> {
            List<WorkQueueFilter> filters = List.of(EVERYTHING, OVERDUE, DUE_SOON,
                    new WorkQueueFilter(ComplaintState.Stage.STAGE_1, null, null, ComplaintScope.EVERY_COMPLAINT),
                    new WorkQueueFilter(ComplaintState.Stage.STAGE_2, null, QueueClock.OVERDUE, ComplaintScope.EVERY_COMPLAINT),
                    new WorkQueueFilter(null, ComplaintState.STAGE_2_INVESTIGATING, QueueClock.DUE_SOON, ComplaintScope.EVERY_COMPLAINT),
                    new WorkQueueFilter(null, ComplaintState.STAGE_1_OPEN, null, ComplaintScope.EVERY_COMPLAINT),
                    new WorkQueueFilter(null, ComplaintState.CLOSED, null, ComplaintScope.EVERY_COMPLAINT));
            for (WorkQueueFilter filter : filters) {
                assertThat(count(queries.total(filter, today))).as("total, %s", filter)
                        .isEqualTo(count(reference("SELECT count(*)", filter, today, "", Map.of())));
                // the first pages, the page where open complaints give way to closed ones, and a far page
                int[][] pages = { { 0, 20 }, { 1, 20 }, { 0, 1 }, { 3, 100 }, { 4, 100 }, { 60, 100 } };
                for (int[] p : pages) {
                    long offset = (long) p[0] * p[1];
                    assertThat(ids(queries.page(filter, today, p[0], p[1]))).as("page %d of %d, %s", p[0], p[1], filter)
                            .containsExactlyElementsOf(ids(reference("SELECT c.id", filter, today,
                                    " ORDER BY d.due NULLS LAST, c.received_date, c.id LIMIT :size OFFSET :offset",
                                    Map.of("size", p[1], "offset", offset))));
                }
            }
        });
    }

    /**
     * The queue's query before it started from the open clocks: every complaint, each with a lateral
     * subquery. Kept here on purpose, and only here, as the independent oracle the new query's answers
     * are compared with: it computes the clock states its own way, so a fault in the new query's
     * conditions cannot hide behind the same fault in its expected output.
     */
    private NativeSql reference(String select, WorkQueueFilter filter, LocalDate today, String tail, Map<String, Object> paging) {
        String clockCondition = filter.clock() == null ? ""
                : filter.clock() == QueueClock.OVERDUE ? " AND NOT k.paused AND k.due_date < :today"
                        : " AND NOT k.paused AND k.due_date BETWEEN :today AND :soon";
        String sql = select + " FROM complaint c LEFT JOIN LATERAL (SELECT min(k.due_date) AS due FROM complaint_clock k"
                + " WHERE k.complaint_id = c.id AND k.stopped_on IS NULL" + clockCondition + ") d ON true WHERE true"
                + (filter.state() == null ? "" : " AND c.state = :state")
                + (filter.stage() == null ? "" : " AND c.state IN (:stageStates)")
                + (filter.clock() == null ? "" : " AND d.due IS NOT NULL") + tail;
        Map<String, Object> parameters = new LinkedHashMap<>(paging);
        if (filter.clock() != null) {
            parameters.put("today", today);
        }
        if (filter.clock() == QueueClock.DUE_SOON) {
            parameters.put("soon", calendar.nthWorkingDayAfter(today, 3));
        }
        if (filter.state() != null) {
            parameters.put("state", filter.state().name());
        }
        if (filter.stage() != null) {
            parameters.put("stageStates", Arrays.stream(ComplaintState.values())
                    .filter(s -> s.stage() == filter.stage()).map(Enum::name).toList());
        }
        return new NativeSql(sql, parameters);
    }

    @SuppressWarnings("unchecked")
    private List<Object> ids(NativeSql sql) {
        return sql.bind(em, "").getResultList();
    }

    private long count(NativeSql sql) {
        return ((Number) sql.bind(em, "").getSingleResult()).longValue();
    }

    private QueryPlan explain(NativeSql sql) {
        return QueryPlan.of(sql.bind(em, QueryPlan.EXPLAIN));
    }

    /**
     * Ten years of complaints, almost all closed with their clocks stopped, and {@link #OPEN}
     * received in the last 40 days whose running clocks are overdue, due soon or on track (some
     * paused, some with two running clocks, half the overdue ones already announced as breached),
     * in a transaction rolled back afterwards.
     */
    private void withHistory(Consumer<LocalDate> test) {
        LocalDate today = LocalDate.now(clock);
        RolledBackHistory.run(em, () -> {
            em.createNativeQuery("""
                    INSERT INTO complaint (id, reference, received_date, channel, complainant_role, child_references,
                                           points, desired_outcomes, matter_arose, procedure, stage_one_limit,
                                           stage_one_maximum_limit, created_at, version, state, subject_matters)
                    SELECT gen_random_uuid(), 'PLAN-' || g, received, 'EMAIL', 'PARENT', '["CR-100001"]', '["A point"]',
                           '["An outcome"]', received - 30, 'STATUTORY_CHILDREN', 10, 20, CAST(received AS timestamptz), 3,
                           state, '["ASSESSMENT"]'
                    FROM (SELECT g,
                                 CASE WHEN g <= :history - :open
                                      THEN CAST(:today AS date) - 45 - CAST(floor(random() * 3650) AS int)
                                      ELSE CAST(:today AS date) - CAST(floor(random() * 40) AS int) END AS received,
                                 CASE WHEN g <= :history - :open THEN 'CLOSED'
                                      WHEN g % 5 = 0 THEN 'STAGE_2_INVESTIGATING' ELSE 'STAGE_1_OPEN' END AS state
                          FROM generate_series(1, :history) g) s""")
                    .setParameter("history", HISTORY).setParameter("open", OPEN).setParameter("today", today)
                    .executeUpdate();
            em.createNativeQuery("""
                    INSERT INTO complaint_clock (complaint_id, kind, start_date, limit_days, maximum_days, paused,
                                                 stopped_on, due_date, working_days_used, breach_reported_on)
                    SELECT id, 'STAGE_1', received_date, 10, 20, open AND random() < 0.05,
                           CASE WHEN open THEN NULL ELSE received_date + 12 END, received_date + 14,
                           CASE WHEN open THEN NULL ELSE 9 END,
                           CASE WHEN open AND received_date + 14 < :today AND random() < 0.5
                                THEN CAST(:today AS date) - 1 END
                    FROM (SELECT id, received_date, state = 'STAGE_1_OPEN' AS open FROM complaint
                          WHERE reference LIKE 'PLAN-%') c""").setParameter("today", today).executeUpdate();
            em.createNativeQuery("""
                    INSERT INTO complaint_clock (complaint_id, kind, start_date, limit_days, maximum_days, stopped_on,
                                                 due_date, working_days_used)
                    SELECT id, 'STAGE_2', received_date + 14, 25, 65, CASE WHEN open THEN NULL ELSE received_date + 45 END,
                           received_date + 14 + CASE WHEN open THEN CAST(floor(random() * 10) AS int) ELSE 35 END,
                           CASE WHEN open THEN NULL ELSE 22 END
                    FROM (SELECT id, received_date, state = 'STAGE_2_INVESTIGATING' AS open FROM complaint
                          WHERE reference LIKE 'PLAN-%'
                            AND (state = 'STAGE_2_INVESTIGATING' OR (state = 'CLOSED' AND random() < 0.1))) c""")
                    .executeUpdate();
            em.createNativeQuery("""
                    INSERT INTO complaint_clock (complaint_id, kind, start_date, limit_days, maximum_days, due_date)
                    SELECT id, 'STAGE_2_PROGRESSION', received_date + 14, 10, 10, received_date + 28
                    FROM complaint WHERE reference LIKE 'PLAN-%' AND state = 'STAGE_2_INVESTIGATING' AND random() < 0.5""")
                    .executeUpdate();
            // the planner chooses by statistics; autovacuum would gather them for committed rows
            em.createNativeQuery("ANALYZE complaint, complaint_clock").executeUpdate();
            test.accept(today);
        });
    }
}
