package org.redress.complaints.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.RolledBackHistory;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The annual report must cost the year it reports, not the council's whole history: on ten years of
 * complaints, a year's report reads no table sequentially and fetches far fewer rows than one pass over
 * the history, and every figure equals what the report's earlier queries (a full pass per figure, kept here
 * only as the independent oracle) give on the same rows. The history is loaded in a transaction rolled back
 * afterwards, so no other test sees it; PostgreSQL counts the current transaction's scans per table in
 * {@code pg_stat_xact_user_tables}, which is how the test sees what the report read.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class AnnualReportPlanIT {

    static final int HISTORY = 50_000;
    /** Rows a report of one year in ten may fetch: well under a single pass over the history. */
    static final long ROWS_FETCHED_AT_MOST = HISTORY;

    @Inject
    EntityManager em;

    @Inject
    AnnualReportQuery query;

    @Inject
    Clock clock;

    @Test
    void aYearsReportReadsThatYearThroughItsIndexesNotTheHistory() {
        withHistory(today -> {
            LocalDate from = today.minusYears(1).plusDays(1);
            Map<String, Long> before = reads();
            AnnualReport report = query.between(from, today, today);
            Map<String, Long> after = reads();

            Map<String, Long> read = new TreeMap<>();
            after.forEach((key, value) -> read.put(key, value - before.getOrDefault(key, 0L)));
            System.out.printf("annual report of one year in ten, %d complaints of history: %s%n", HISTORY, read);
            assertThat(report.received()).as("complaints received in the year").isBetween(HISTORY / 12L, HISTORY / 8L);
            assertThat(read.get("complaint.seq_scan")).as("sequential scans of complaint").isZero();
            assertThat(read.get("complaint_clock.seq_scan")).as("sequential scans of complaint_clock").isZero();
            assertThat(read.get("complaint.idx_tup_fetch") + read.get("complaint.seq_tup_read"))
                    .as("complaint rows fetched").isLessThan(ROWS_FETCHED_AT_MOST);
            assertThat(read.get("complaint_clock.idx_tup_fetch") + read.get("complaint_clock.seq_tup_read"))
                    .as("clock rows fetched").isLessThan(ROWS_FETCHED_AT_MOST);
        });
    }

    @Test
    void givesTheFiguresThatAFullPassOverTheHistoryGives() {
        withHistory(today -> {
            for (LocalDate from : List.of(today.minusYears(1).plusDays(1), today.minusYears(6), today.minusYears(10))) {
                LocalDate to = from.plusYears(1).minusDays(1);
                AnnualReport report = query.between(from, to, today);
                String period = from + " to " + to;

                assertThat(report.received()).as("received, %s", period).isEqualTo(single("""
                        SELECT count(*) FROM complaint c WHERE c.received_date BETWEEN :from AND :to""", from, to, today));
                assertThat(report.byState()).as("by state, %s", period).isEqualTo(counts("""
                        SELECT c.state, count(*) FROM complaint c WHERE c.received_date BETWEEN :from AND :to
                        GROUP BY 1""", from, to, today));
                assertThat(report.byProcedure()).as("by procedure, %s", period).isEqualTo(counts("""
                        SELECT c.procedure, count(*) FROM complaint c WHERE c.received_date BETWEEN :from AND :to
                        GROUP BY 1""", from, to, today));
                assertThat(report.stages().get(0).findings()).as("stage 1 findings, %s", period).isEqualTo(counts("""
                        SELECT f->>'finding', count(*) FROM complaint c, jsonb_array_elements(c.stage_one_response->'findings') f
                        WHERE (c.stage_one_response->>'decidedOn')::date BETWEEN :from AND :to GROUP BY 1""", from, to, today));
                assertThat(report.stages().get(0).averageWorkingDays()).as("stage 1 average working days, %s", period)
                        .isEqualByComparingTo(decimal("""
                        SELECT round(avg(k.working_days_used), 1) FROM complaint c
                        JOIN complaint_clock k ON k.complaint_id = c.id AND k.kind = 'STAGE_1'
                        WHERE (c.stage_one_response->>'decidedOn')::date BETWEEN :from AND :to""", from, to, today));
                assertThat(report.holdsPlaced()).as("holds, %s", period).isEqualTo(single("""
                        SELECT count(*) FROM complaint c, jsonb_array_elements(c.holds) h
                        WHERE (h->>'heldOn')::date BETWEEN :from AND :to""", from, to, today));
                assertThat(report.declinedForProceedings()).as("declines, %s", period).isEqualTo(single("""
                        SELECT count(*) FROM complaint c, jsonb_array_elements(c.declines) d
                        WHERE (d->>'declinedOn')::date BETWEEN :from AND :to""", from, to, today));
                assertThat(report.closuresByReason()).as("closures, %s", period).isEqualTo(counts("""
                        SELECT c.closure->>'reason', count(*) FROM complaint c
                        WHERE (c.closure->>'closedOn')::date BETWEEN :from AND :to GROUP BY 1""", from, to, today));
                assertThat(report.stages().get(0).answered()).as("stage 1 answers, %s", period).isEqualTo(single("""
                        SELECT count(*) FROM complaint c
                        WHERE (c.stage_one_response->>'decidedOn')::date BETWEEN :from AND :to""", from, to, today));
                assertThat(report.stages().get(0).withinTimescale()).as("stage 1 in time, %s", period).isEqualTo(single("""
                        SELECT count(*) FROM complaint c WHERE c.stage_one_response->>'clockResult' = 'MET'
                          AND (c.stage_one_response->>'decidedOn')::date BETWEEN :from AND :to""", from, to, today));
                assertThat(report.stages().get(1).answered()).as("stage 2 answers, %s", period).isEqualTo(single("""
                        SELECT count(*) FROM complaint c
                        WHERE (c.stage_two->'adjudication'->>'decidedOn')::date BETWEEN :from AND :to""", from, to, today));
                assertThat(report.ombudsman().referrals()).as("Ombudsman decisions, %s", period).isEqualTo(single("""
                        SELECT count(*) FROM complaint c
                        WHERE (c.ombudsman->>'decisionDate')::date BETWEEN :from AND :to""", from, to, today));
                assertThat(report.standingDecisions().accepted()).as("standing accepted, %s", period).isEqualTo(single("""
                        SELECT count(*) FROM complaint c WHERE c.standing->>'outcome' = 'ACCEPTED'
                          AND (c.standing->>'decidedOn')::date BETWEEN :from AND :to""", from, to, today));
                assertThat(report.agreedActionsByKind()).as("agreed actions, %s", period).isEqualTo(counts("""
                        SELECT a->>'type', count(*) FROM (
                            SELECT c.stage_one_response AS d FROM complaint c
                            UNION ALL SELECT c.stage_two->'adjudication' FROM complaint c
                            UNION ALL SELECT c.stage_three->'response' FROM complaint c
                            UNION ALL SELECT jsonb_build_object('decidedOn', c.ombudsman->'decisionDate', 'actions', c.ombudsman->'actions')
                                      FROM complaint c WHERE c.ombudsman IS NOT NULL
                        ) decision, jsonb_array_elements(decision.d->'actions') a
                        WHERE jsonb_typeof(decision.d) = 'object' AND (decision.d->>'decidedOn')::date BETWEEN :from AND :to
                        GROUP BY 1""", from, to, today));
                assertThat(report.flags().raisedByCode()).as("flags raised, %s", period).isEqualTo(counts("""
                        SELECT code, count(*) FROM (
                            SELECT f->>'code' AS code, (f->>'raisedOn')::date AS raised_on
                            FROM complaint c, jsonb_array_elements(c.flags) f
                            UNION ALL SELECT 'HOLD_PAST_REVIEW', (h->>'reviewOn')::date + 1
                            FROM complaint c, jsonb_array_elements(c.holds) h
                            WHERE (h->>'reviewOn')::date < coalesce((h->>'reviewedOn')::date, (h->>'releasedOn')::date,
                                                                    (c.closure->>'closedOn')::date, :today)
                            UNION ALL SELECT 'DECLINE_PAST_REVIEW', (d->>'reviewOn')::date + 1
                            FROM complaint c, jsonb_array_elements(c.declines) d
                            WHERE (d->>'reviewOn')::date < coalesce((d->>'resumedOn')::date, (c.closure->>'closedOn')::date, :today)
                            UNION ALL SELECT 'STANDING_DECISION_OVERDUE', k.due_date + 1
                            FROM complaint_clock k WHERE k.kind = 'STANDING_DECISION'
                              AND (k.stopped_on > k.due_date OR (k.stopped_on IS NULL AND NOT k.paused AND k.due_date < :today))
                        ) raised WHERE raised.raised_on BETWEEN :from AND :to GROUP BY 1""", from, to, today));
                assertThat(report.stageTwoProgression().progressionClocksBreached()).as("progression breached, %s", period)
                        .isEqualTo(single("""
                                SELECT count(*) FROM complaint_clock k WHERE k.kind = 'STAGE_2_PROGRESSION'
                                  AND k.start_date BETWEEN :from AND :to AND k.stopped_on > k.due_date""", from, to, today));
            }
        });
    }

    /** Scans and rows this transaction has read so far, per table: {@code <table>.<counter>}. */
    private Map<String, Long> reads() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT relname, coalesce(seq_scan, 0), coalesce(seq_tup_read, 0), coalesce(idx_scan, 0),
                       coalesce(idx_tup_fetch, 0)
                FROM pg_stat_xact_user_tables WHERE relname IN ('complaint', 'complaint_clock')""").getResultList();
        Map<String, Long> reads = new LinkedHashMap<>();
        for (Object[] row : rows) {
            String[] counters = { "seq_scan", "seq_tup_read", "idx_scan", "idx_tup_fetch" };
            for (int i = 0; i < counters.length; i++) {
                reads.put(row[0] + "." + counters[i], ((Number) row[i + 1]).longValue());
            }
        }
        return reads;
    }

    private long single(String sql, LocalDate from, LocalDate to, LocalDate today) {
        return ((Number) bind(sql, from, to, today).getSingleResult()).longValue();
    }

    private java.math.BigDecimal decimal(String sql, LocalDate from, LocalDate to, LocalDate today) {
        return new java.math.BigDecimal(bind(sql, from, to, today).getSingleResult().toString());
    }

    private Map<String, Long> counts(String sql, LocalDate from, LocalDate to, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(sql, from, to, today).getResultList();
        Map<String, Long> counts = new TreeMap<>();
        rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    private jakarta.persistence.Query bind(String sql, LocalDate from, LocalDate to, LocalDate today) {
        jakarta.persistence.Query query = em.createNativeQuery(sql).setParameter("from", from).setParameter("to", to);
        return sql.contains(":today") ? query.setParameter("today", today) : query;
    }

    /**
     * Ten years of complaints, received evenly: most answered at stage 1 (a few late, each with findings and
     * actions), some adjudicated at stage 2, most closed, and a few with holds, declines, flags, standing and
     * out-of-time decisions and Ombudsman decisions, with their clocks, in a transaction rolled back afterwards.
     */
    private void withHistory(Consumer<LocalDate> test) {
        LocalDate today = LocalDate.now(clock);
        RolledBackHistory.run(em, () -> {
            em.createNativeQuery("""
                    INSERT INTO complaint (id, reference, received_date, channel, complainant_role, child_references,
                                           points, desired_outcomes, matter_arose, procedure, stage_one_limit,
                                           stage_one_maximum_limit, created_at, version, state, subject_matters)
                    SELECT gen_random_uuid(), 'REPORT-' || g, received, 'EMAIL', 'PARENT', '["CR-100001"]', '["A point"]',
                           '["An outcome"]', received - 30, 'STATUTORY_CHILDREN', 10, 20, CAST(received AS timestamptz), 3,
                           CASE WHEN g % 10 < 7 THEN 'CLOSED' ELSE 'STAGE_1_RESPONDED' END, '["ASSESSMENT"]'
                    FROM (SELECT g, CAST(:today AS date) - 60 - (g % 3650) AS received
                          FROM generate_series(1, :history) g) s""")
                    .setParameter("history", HISTORY).setParameter("today", today).executeUpdate();
            em.createNativeQuery("""
                    UPDATE complaint c SET
                      stage_one_response = CASE WHEN n % 10 < 9 THEN jsonb_build_object(
                          'decidedOn', to_char(received_date + 8 + (n % 7) * 2, 'YYYY-MM-DD'),
                          'clockResult', CASE WHEN n % 7 = 6 THEN 'MISSED' ELSE 'MET' END,
                          'findings', jsonb_build_array(jsonb_build_object('point', 1, 'finding',
                              CASE WHEN n % 3 = 0 THEN 'UPHELD' ELSE 'NOT_UPHELD' END)),
                          'actions', CASE WHEN n % 3 = 0 THEN jsonb_build_array(jsonb_build_object('type', 'APOLOGY'),
                              jsonb_build_object('type', 'PAYMENT')) ELSE '[]'::jsonb END) END,
                      stage_two = CASE WHEN n % 10 = 8 THEN jsonb_build_object('adjudication', jsonb_build_object(
                          'decidedOn', to_char(received_date + 50, 'YYYY-MM-DD'), 'clockResult', 'MET',
                          'findings', '[]'::jsonb,
                          'actions', jsonb_build_array(jsonb_build_object('type', 'REASSESSMENT')))) END,
                      closure = CASE WHEN n % 10 < 7 THEN jsonb_build_object('reason',
                          CASE WHEN n % 2 = 0 THEN 'RESOLVED' ELSE 'WITHDRAWN_BY_COMPLAINANT' END,
                          'closedOn', to_char(received_date + 45, 'YYYY-MM-DD')) END,
                      holds = CASE WHEN n % 20 = 1 THEN jsonb_build_array(jsonb_build_object(
                          'heldOn', to_char(received_date + 3, 'YYYY-MM-DD'), 'reviewOn', to_char(received_date + 20, 'YYYY-MM-DD'),
                          'releasedOn', to_char(received_date + CASE WHEN n % 40 = 1 THEN 30 ELSE 10 END, 'YYYY-MM-DD'),
                          'reviewedOn', CASE WHEN n % 80 = 1 THEN to_char(received_date + 19, 'YYYY-MM-DD') END))
                          ELSE '[]'::jsonb END,
                      declines = CASE WHEN n % 50 = 2 THEN jsonb_build_array(jsonb_build_object(
                          'declinedOn', to_char(received_date + 4, 'YYYY-MM-DD'), 'reviewOn', to_char(received_date + 30, 'YYYY-MM-DD'),
                          'resumedOn', to_char(received_date + 35, 'YYYY-MM-DD'))) ELSE '[]'::jsonb END,
                      flags = CASE WHEN n % 25 = 3 THEN jsonb_build_array(jsonb_build_object('code', 'STAGE_2_REQUESTED_LATE',
                          'raisedOn', to_char(received_date + 40, 'YYYY-MM-DD'))) ELSE '[]'::jsonb END,
                      standing = CASE WHEN n % 30 = 4 THEN jsonb_build_object('outcome',
                          CASE WHEN n % 60 = 4 THEN 'ACCEPTED' ELSE 'REFUSED' END,
                          'decidedOn', to_char(received_date + 2, 'YYYY-MM-DD')) END,
                      out_of_time = CASE WHEN n % 30 = 5 THEN jsonb_build_object('accepted', n % 60 = 5,
                          'decidedOn', to_char(received_date + 1, 'YYYY-MM-DD')) END,
                      ombudsman = CASE WHEN n % 100 = 6 THEN jsonb_build_object('decisionDate',
                          to_char(received_date + 55, 'YYYY-MM-DD'), 'finding', 'FAULT_AND_INJUSTICE', 'earlyReferral', false,
                          'route', 'COUNCIL_DELAY', 'actions', jsonb_build_array(jsonb_build_object('type', 'PAYMENT'))) END
                    FROM (SELECT id, CAST(substr(reference, 8) AS int) AS n FROM complaint
                          WHERE reference LIKE 'REPORT-%') s
                    WHERE c.id = s.id""").executeUpdate();
            em.createNativeQuery("""
                    INSERT INTO complaint_clock (complaint_id, kind, start_date, limit_days, maximum_days, paused,
                                                 stopped_on, due_date, working_days_used)
                    SELECT id, 'STAGE_1', received_date, 10, 20, false,
                           (stage_one_response->>'decidedOn')::date, received_date + 14, 6
                    FROM complaint WHERE reference LIKE 'REPORT-%'
                    UNION ALL
                    SELECT id, 'STANDING_DECISION', received_date, 10, 10, false,
                           (standing->>'decidedOn')::date + CASE WHEN (received_date - DATE '2000-01-01') % 3 = 0 THEN 20 ELSE 0 END,
                           received_date + 14, 2
                    FROM complaint WHERE reference LIKE 'REPORT-%' AND standing IS NOT NULL
                    UNION ALL
                    SELECT id, 'STAGE_2_PROGRESSION', received_date + 30, 10, 10, false,
                           received_date + CASE WHEN (received_date - DATE '2000-01-01') % 4 = 0 THEN 50 ELSE 40 END, received_date + 44, 8
                    FROM complaint WHERE reference LIKE 'REPORT-%' AND stage_two IS NOT NULL""").executeUpdate();
            // the planner chooses by statistics; autovacuum would gather them for committed rows
            em.createNativeQuery("ANALYZE complaint, complaint_clock").executeUpdate();
            test.accept(today);
        });
    }
}
