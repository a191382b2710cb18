package org.redress.complaints.complaint.infrastructure;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.redress.complaints.complaint.domain.ComplaintRepository.QueueClock;
import org.redress.complaints.complaint.domain.ComplaintRepository.WorkQueueFilter;
import org.redress.complaints.complaint.domain.ComplaintScope;
import org.redress.complaints.complaint.domain.ComplaintState;
import org.redress.servicekit.storage.NativeSql;
import org.redress.statutorytime.WorkingDayCalendar;

/**
 * The SQL of the complaints work queue: one page of complaint ids, and how many there are.
 *
 * <p>Each query starts from the running clocks through their partial index (V011), so it costs
 * what is open, not the years of closed complaints behind it. Of the complaints with a matching
 * clock only those that can reach the page are joined: the earliest-due {@code offset + size} and
 * any tied with the last of them, which the order then settles by receipt and id. Without a clock
 * filter, complaints with no running clock follow, oldest received first, read in that order from
 * the receipt index until the page is full.
 */
@ApplicationScoped
class WorkQueueQueries {

    private static final String ORDER = " ORDER BY d.due, c.received_date, c.id";

    private final WorkingDayCalendar calendar;

    WorkQueueQueries(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** Page {@code page} of the queue, {@code size} complaint ids, soonest running clock due first. */
    NativeSql page(WorkQueueFilter filter, LocalDate today, int page, int size) {
        Map<String, Object> parameters = parameters(filter, today);
        // in long: an int product overflows for a far page and PostgreSQL refuses a negative offset
        long offset = (long) page * size;
        parameters.put("window", offset + size);
        parameters.put("size", size);
        parameters.put("offset", offset);
        String due = " FROM (SELECT k.complaint_id, min(k.due_date) AS due"
                + " FROM complaint_clock k WHERE " + clockCondition(filter) + complaintCondition(filter, "k.complaint_id")
                + " GROUP BY k.complaint_id ORDER BY due FETCH FIRST (:window) ROWS WITH TIES) d"
                + " JOIN complaint c ON c.id = d.complaint_id" + ORDER;
        if (filter.clock() != null) {
            return new NativeSql("SELECT c.id" + due + " LIMIT :size OFFSET :offset", parameters);
        }
        String withoutRunningClock = "SELECT c.id, CAST(NULL AS date) AS due, c.received_date FROM complaint c"
                + " WHERE NOT EXISTS (SELECT 1 FROM complaint_clock k"
                + " WHERE k.complaint_id = c.id AND k.stopped_on IS NULL)"
                + stateCondition(filter, "c") + " ORDER BY c.received_date, c.id LIMIT :window";
        return new NativeSql("SELECT d.id FROM ((SELECT c.id, d.due, c.received_date" + due + " LIMIT :window)"
                + " UNION ALL (" + withoutRunningClock + ")) d"
                + " ORDER BY d.due NULLS LAST, d.received_date, d.id LIMIT :size OFFSET :offset", parameters);
    }

    /**
     * The number of complaints in the queue over all pages. With a clock filter it counts the
     * matching running clocks' complaints; without one it counts every complaint (in the filter's
     * states), which grows with the history.
     */
    NativeSql total(WorkQueueFilter filter, LocalDate today) {
        String sql = filter.clock() == null
                ? "SELECT count(*) FROM complaint c WHERE true" + stateCondition(filter, "c")
                : "SELECT count(DISTINCT k.complaint_id) FROM complaint_clock k WHERE " + clockCondition(filter)
                        + complaintCondition(filter, "k.complaint_id");
        return new NativeSql(sql, parameters(filter, today));
    }

    /**
     * The complaints that may be in the queue as it stood at the end of {@code day} (a past day): those with a
     * clock open at the end of it, still running (V011's index) or stopped since (V015's), that could have been
     * overdue, or due soon, by then. A clock's due date as of any day is at least its limit in calendar days after
     * its start (a working day is at least a day; holds and an extension only move it later), which narrows the
     * open clocks to those whose limit could have run out. Which of them were overdue or due soon that day, and in
     * what state, is read from each complaint's own history ({@code Complaint#asOf}); the stored due date and
     * state are today's, so the SQL cannot tell.
     */
    NativeSql candidatesAsOf(QueueClock clock, LocalDate day) {
        String couldBe = clock == QueueClock.OVERDUE ? " AND k.start_date + k.limit_days < :day"
                : " AND k.start_date + k.limit_days <= :soon";
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("day", day);
        if (clock == QueueClock.DUE_SOON) {
            parameters.put("soon", calendar.nthWorkingDayAfter(day, 3));
        }
        return new NativeSql("SELECT k.complaint_id FROM complaint_clock k WHERE k.stopped_on IS NULL"
                + " AND k.start_date <= :day" + couldBe
                + " UNION SELECT k.complaint_id FROM complaint_clock k WHERE k.stopped_on > :day"
                + " AND k.start_date <= :day" + couldBe, parameters);
    }

    /** The clocks the queue orders by: the running ones, and of those the overdue or due-soon ones when asked. */
    private static String clockCondition(WorkQueueFilter filter) {
        if (filter.clock() == null) {
            return "k.stopped_on IS NULL";
        }
        return filter.clock() == QueueClock.OVERDUE ? "k.stopped_on IS NULL AND NOT k.paused AND k.due_date < :today"
                : "k.stopped_on IS NULL AND NOT k.paused AND k.due_date BETWEEN :today AND :soon";
    }

    /** A clock's complaint in the filter's state, stage and scope, when the filter narrows them. */
    private static String complaintCondition(WorkQueueFilter filter, String complaintId) {
        String state = stateCondition(filter, "f");
        return state.isEmpty() ? "" : " AND EXISTS (SELECT 1 FROM complaint f WHERE f.id = " + complaintId + state + ")";
    }

    private static String stateCondition(WorkQueueFilter filter, String complaint) {
        return (filter.state() == null ? "" : " AND " + complaint + ".state = :state")
                + (filter.stage() == null ? "" : " AND " + complaint + ".state IN (:stageStates)")
                + (filter.scope().everything() ? "" : " AND " + appointedCondition(filter.scope(), complaint));
    }

    /**
     * The queue of someone the procedure appoints: the complaints whose appointments name them, each part by
     * its own index (V023, V024).
     */
    private static String appointedCondition(ComplaintScope scope, String complaint) {
        return scope.parts().stream().sorted().map(part -> switch (part) {
            case INVESTIGATING_OFFICER -> complaint + ".stage_two->'investigatingOfficer'->>'reference' = :staffReference";
            case INDEPENDENT_PERSON -> complaint + ".stage_two->'independentPerson'->>'reference' = :staffReference";
            case ADJUDICATING_OFFICER -> complaint + ".stage_two->'adjudicatingOfficer'->>'reference' = :staffReference";
            case REVIEW_PANEL_MEMBER -> complaint + ".stage_three->'panel' @> jsonb_build_array(jsonb_build_object('reference', "
                    + "CAST(:staffReference AS text)))";
        }).collect(Collectors.joining(" OR ", "(", ")"));
    }

    private Map<String, Object> parameters(WorkQueueFilter filter, LocalDate today) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.clock() != null) {
            parameters.put("today", today);
        }
        if (filter.clock() == QueueClock.DUE_SOON) {
            // DOMAIN §1: DUE_SOON within 3 working days of the due date, the due date included
            parameters.put("soon", calendar.nthWorkingDayAfter(today, 3));
        }
        if (filter.state() != null) {
            parameters.put("state", filter.state().name());
        }
        if (!filter.scope().everything()) {
            parameters.put("staffReference", filter.scope().staffReference());
        }
        if (filter.stage() != null) {
            parameters.put("stageStates", Arrays.stream(ComplaintState.values())
                    .filter(s -> s.stage() == filter.stage()).map(Enum::name).toList());
        }
        return parameters;
    }
}
