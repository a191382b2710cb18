package org.redress.complaints.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The annual report's figures, each one SQL aggregation over the complaint and clock rows that have the fact in
 * the period, found through an index on the day it happened (V020): a year's report reads that year's rows, not
 * every complaint the council ever received. Dates inside jsonb are read with {@code redress_day}, the immutable
 * reading of an ISO date that those indexes are built on; a list (holds, declines, flags) is first narrowed to the
 * complaints whose latest entry ({@code redress_latest_day}) is on or after the period's first day. The largest
 * figures (receipts, each stage's answers with their findings and actions, closures) are counted from covering
 * indexes over generated columns (V021) without visiting the complaints' wide rows.
 */
@ApplicationScoped
public class AnnualReportQuery {

    /**
     * Where each stage's answer is kept: the generated columns (V021) of its decision day, whether its clock was met,
     * whether it was extended (stage 3 never is), its findings and its agreed actions, and the clock's kind.
     */
    private record StageSource(String stage, String column, boolean extendable, String clock) {

        String decidedOn() {
            return "c." + column + "_decided_on";
        }

        String met() {
            return "c." + column + "_met";
        }

        String extended() {
            return extendable ? "c." + column + "_extended" : "false";
        }

        String findings() {
            return "c." + column + "_findings";
        }

        String actions() {
            return "c." + column + "_actions";
        }
    }

    private static final List<StageSource> STAGES = List.of(
            new StageSource("STAGE_1", "stage_one", true, "STAGE_1"),
            new StageSource("STAGE_2", "stage_two", true, "STAGE_2"),
            new StageSource("STAGE_3", "stage_three", false, "STAGE_3_RESPONSE"));

    private final EntityManager em;

    public AnnualReportQuery(EntityManager em) {
        this.em = em;
    }

    /** The figures for {@code from} to {@code to}, with the flags whose condition still lasts read as of {@code today}. */
    public AnnualReport between(LocalDate from, LocalDate to, LocalDate today) {
        Receipts receipts = receipts(from, to);
        return new AnnualReport(from, to, receipts.total(), receipts.byProcedure(), receipts.byState(),
                STAGES.stream().map(stage -> stage(stage, from, to)).toList(),
                single("""
                        SELECT count(*) FROM complaint c, jsonb_array_elements(c.holds) h
                        WHERE redress_latest_day(c.holds, 'heldOn') >= :from
                          AND redress_day(h->>'heldOn') BETWEEN :from AND :to""", from, to),
                single(outOfTime(true), from, to),
                single(outOfTime(false), from, to),
                counts("""
                        SELECT c.closure_reason, count(*) FROM complaint c
                        WHERE c.closed_on BETWEEN :from AND :to GROUP BY 1""", from, to),
                progression(from, to),
                new AnnualReport.StandingDecisions(single(standing("ACCEPTED"), from, to), single(standing("REFUSED"), from, to)),
                single("""
                        SELECT count(*) FROM complaint c, jsonb_array_elements(c.declines) d
                        WHERE redress_latest_day(c.declines, 'declinedOn') >= :from
                          AND redress_day(d->>'declinedOn') BETWEEN :from AND :to""", from, to),
                ombudsman(from, to),
                counts(AGREED_ACTIONS_BY_KIND, from, to),
                new AnnualReport.FlagFigures(flagsRaised(from, to, today)));
    }

    /**
     * Every flag raised in the period by code, as the complaint shows them (Flag, FlagConditions): the flags
     * recorded with a step by their raisedOn, and the conditions read from the stored dates, raised the day
     * after the date they missed: a hold not reviewed by its review date (its review, release or the complaint's
     * closure ending it, or still unreviewed today) or a decline still open after its review date (ended by
     * resumption or closure, or still open today), a standing decision clock stopped after its due date or
     * running, not paused, past it today. A condition raised in the period missed a date from the day before
     * the period to the day before its last day, which is how each part finds its rows by index.
     */
    private static final String FLAGS_RAISED_BY_CODE = """
            SELECT code, count(*) FROM (
                SELECT f->>'code' AS code, redress_day(f->>'raisedOn') AS raised_on
                FROM complaint c, jsonb_array_elements(c.flags) f
                WHERE redress_latest_day(c.flags, 'raisedOn') >= :from
                UNION ALL SELECT 'HOLD_PAST_REVIEW', redress_day(h->>'reviewOn') + 1
                FROM complaint c, jsonb_array_elements(c.holds) h
                WHERE redress_latest_day(c.holds, 'reviewOn') >= :missedFrom
                  AND redress_day(h->>'reviewOn')
                      < coalesce(redress_day(h->>'reviewedOn'), redress_day(h->>'releasedOn'), redress_day(c.closure->>'closedOn'), :today)
                UNION ALL SELECT 'DECLINE_PAST_REVIEW', redress_day(d->>'reviewOn') + 1
                FROM complaint c, jsonb_array_elements(c.declines) d
                WHERE redress_latest_day(c.declines, 'reviewOn') >= :missedFrom
                  AND redress_day(d->>'reviewOn') < coalesce(redress_day(d->>'resumedOn'), redress_day(c.closure->>'closedOn'), :today)
                UNION ALL SELECT 'STANDING_DECISION_OVERDUE', k.due_date + 1
                FROM complaint_clock k
                WHERE k.kind = 'STANDING_DECISION' AND k.due_date BETWEEN :missedFrom AND :missedTo
                  AND (k.stopped_on > k.due_date OR (k.stopped_on IS NULL AND NOT k.paused AND k.due_date < :today))
            ) raised WHERE raised.raised_on BETWEEN :from AND :to GROUP BY 1""";

    private Map<String, Long> flagsRaised(LocalDate from, LocalDate to, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(FLAGS_RAISED_BY_CODE).setParameter("from", from)
                .setParameter("to", to).setParameter("today", today).setParameter("missedFrom", from.minusDays(1))
                .setParameter("missedTo", to.minusDays(1)).getResultList();
        return byKey(rows);
    }

    /** Every action agreed in the period: at each stage's decision and with the Ombudsman, by its decision date. */
    private static final String AGREED_ACTIONS_BY_KIND = """
            SELECT type, count(*) FROM (
                SELECT unnest(c.stage_one_actions) AS type FROM complaint c
                WHERE c.stage_one_decided_on BETWEEN :from AND :to
                UNION ALL SELECT unnest(c.stage_two_actions) FROM complaint c
                WHERE c.stage_two_decided_on BETWEEN :from AND :to
                UNION ALL SELECT unnest(c.stage_three_actions) FROM complaint c
                WHERE c.stage_three_decided_on BETWEEN :from AND :to
                UNION ALL SELECT unnest(redress_codes(c.ombudsman->'actions', 'type')) FROM complaint c
                WHERE redress_day(c.ombudsman->>'decisionDate') BETWEEN :from AND :to
            ) action GROUP BY 1""";

    /** The complaints received in the period: how many, by procedure and by where they stand now, in one pass. */
    private record Receipts(long total, Map<String, Long> byProcedure, Map<String, Long> byState) {
    }

    private Receipts receipts(LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT GROUPING(c.procedure), GROUPING(c.state), c.procedure, c.state, count(*) FROM complaint c
                WHERE c.received_date BETWEEN :from AND :to
                GROUP BY GROUPING SETS ((c.procedure), (c.state), ())""")
                .setParameter("from", from).setParameter("to", to).getResultList();
        long total = 0;
        List<Object[]> byProcedure = new ArrayList<>();
        List<Object[]> byState = new ArrayList<>();
        for (Object[] row : rows) {
            boolean allProcedures = number(row[0]) == 1;
            boolean allStates = number(row[1]) == 1;
            if (allProcedures && allStates) {
                total = number(row[4]);
            } else if (allStates) {
                byProcedure.add(new Object[] { row[2], row[4] });
            } else {
                byState.add(new Object[] { row[3], row[4] });
            }
        }
        return new Receipts(total, byKey(byProcedure), byKey(byState));
    }

    private AnnualReport.StageTwoProgression progression(LocalDate from, LocalDate to) {
        Object average = em.createNativeQuery("""
                SELECT avg(k.working_days_used) FROM complaint_clock k
                WHERE k.kind = 'STAGE_2_PROGRESSION' AND k.stopped_on BETWEEN :from AND :to""")
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        // breached: announced by the sweep, or stopped (statement agreed) after its due date
        long breached = single("""
                SELECT count(*) FROM complaint_clock k
                WHERE k.kind = 'STAGE_2_PROGRESSION' AND k.start_date BETWEEN :from AND :to
                  AND (k.breach_reported_on IS NOT NULL OR k.stopped_on > k.due_date)""", from, to);
        return new AnnualReport.StageTwoProgression(oneDecimal(average), breached);
    }

    /**
     * How the complaint came to the Ombudsman; a decision written without it (by an instance of the earlier
     * version during an update) came the way its early referral says, as V013 recorded for those before.
     */
    private static final String OMBUDSMAN_ROUTE = """
            coalesce(c.ombudsman->>'route',
                CASE WHEN (c.ombudsman->>'earlyReferral')::boolean THEN 'EARLY_REFERRAL' ELSE 'AFTER_COUNCIL_PROCEDURE' END)""";

    private AnnualReport.OmbudsmanFigures ombudsman(LocalDate from, LocalDate to) {
        String inPeriod = " FROM complaint c WHERE redress_day(c.ombudsman->>'decisionDate') BETWEEN :from AND :to";
        return new AnnualReport.OmbudsmanFigures(single("SELECT count(*)" + inPeriod, from, to),
                single("SELECT count(*)" + inPeriod + " AND (c.ombudsman->>'earlyReferral')::boolean", from, to),
                counts("SELECT " + OMBUDSMAN_ROUTE + ", count(*)" + inPeriod + " GROUP BY 1", from, to),
                counts("SELECT c.ombudsman->>'finding', count(*)" + inPeriod + " GROUP BY 1", from, to),
                single("SELECT coalesce(sum(jsonb_array_length(c.ombudsman->'actions')), 0)" + inPeriod, from, to));
    }

    private static String standing(String outcome) {
        return "SELECT count(*) FROM complaint c WHERE c.standing->>'outcome' = '" + outcome
                + "' AND redress_day(c.standing->>'decidedOn') BETWEEN :from AND :to";
    }

    private static BigDecimal oneDecimal(Object average) {
        return average == null ? null : new BigDecimal(average.toString()).setScale(1, RoundingMode.HALF_UP);
    }

    private AnnualReport.StageFigures stage(StageSource s, LocalDate from, LocalDate to) {
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT count(*),
                       count(*) FILTER (WHERE %2$s),
                       count(*) FILTER (WHERE %2$s AND NOT %3$s),
                       count(*) FILTER (WHERE %2$s AND %3$s),
                       count(*) FILTER (WHERE %3$s),
                       avg(k.working_days_used)
                FROM complaint c LEFT JOIN LATERAL (
                    -- one clock of a kind per complaint: looked up per answer through the index, never a pass
                    -- over every clock ever kept
                    SELECT k.working_days_used FROM complaint_clock k WHERE k.complaint_id = c.id AND k.kind = :kind
                    LIMIT 1) k ON true
                WHERE %1$s BETWEEN :from AND :to"""
                .formatted(s.decidedOn(), s.met(), s.extended()))
                .setParameter("kind", s.clock()).setParameter("from", from).setParameter("to", to).getSingleResult();
        long answered = number(row[0]);
        long within = number(row[1]);
        Map<String, Long> findings = counts("""
                SELECT f, count(*) FROM complaint c, unnest(%s) f
                WHERE %s BETWEEN :from AND :to GROUP BY 1""".formatted(s.findings(), s.decidedOn()), from, to);
        return new AnnualReport.StageFigures(s.stage(), answered, within, number(row[2]), number(row[3]),
                answered == 0 ? null : percent(within, answered),
                number(row[4]), oneDecimal(row[5]),
                findings);
    }

    /** {@code part} of {@code whole} in per cent to one decimal, rounded exactly (no binary fractions). */
    private static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1,
                RoundingMode.HALF_UP);
    }

    private static String outOfTime(boolean accepted) {
        return "SELECT count(*) FROM complaint c WHERE (c.out_of_time->>'accepted')::boolean = " + accepted
                + " AND redress_day(c.out_of_time->>'decidedOn') BETWEEN :from AND :to";
    }

    private long single(String sql, LocalDate from, LocalDate to) {
        return number(em.createNativeQuery(sql).setParameter("from", from).setParameter("to", to).getSingleResult());
    }

    private Map<String, Long> counts(String sql, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter("from", from).setParameter("to", to).getResultList();
        return byKey(rows);
    }

    /** Rows of (key, count) as a map in key order. */
    private static Map<String, Long> byKey(List<Object[]> rows) {
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.stream().sorted((a, b) -> String.valueOf(a[0]).compareTo(String.valueOf(b[0])))
                .forEach(r -> counts.put((String) r[0], number(r[1])));
        return counts;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
