package org.redress.remedies.remedycases.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.redress.statutorytime.WorkingDayCalendar;

/**
 * A remedy officer's work queue: the agreed actions not yet completed, soonest due first, so an
 * action falling due is seen before it is late (DOMAIN §4: overdue is flagged the day after the
 * due date). Read from the open actions only, never the history of completed ones.
 */
public interface ActionWorkQueue {

    /**
     * How far ahead "due soon" looks: due today or by the fifth working day after today. Remedy
     * periods are calendar periods, so no statute fixes this; five working days gives an officer a
     * working week to act, and is wider than a complaint clock's three because an agreed action
     * (a payment, a policy review) usually needs others to act first.
     */
    int DUE_SOON_WORKING_DAYS = 5;

    /** Where an open action stands against its due date today. */
    enum Due {
        /** Past its due date and not completed. */
        OVERDUE,
        /** Due today or within {@link #DUE_SOON_WORKING_DAYS} working days. */
        DUE_SOON,
        /** Due later than that. */
        ON_TRACK;

        /** Where an open action due on {@code dueDate} stands on {@code today}. */
        public static Due of(LocalDate dueDate, LocalDate today, LocalDate dueSoonUntil) {
            if (today.isAfter(dueDate)) {
                return OVERDUE;
            }
            return dueDate.isAfter(dueSoonUntil) ? ON_TRACK : DUE_SOON;
        }
    }

    /** The last due date counted as due soon on {@code today}. */
    static LocalDate dueSoonUntil(WorkingDayCalendar calendar, LocalDate today) {
        return calendar.nthWorkingDayAfter(today, DUE_SOON_WORKING_DAYS);
    }

    /**
     * One page of the actions open at the end of {@code day} (today, or a past day read from the record: agreed by
     * then and not completed by then), by due date then action id; only those in {@code due} on that day when given.
     */
    List<QueuedAction> page(Due due, LocalDate day, int page, int size);

    /** How many open actions {@link #page} pages through. */
    long total(Due due, LocalDate day);

    /**
     * An open action as the queue lists it, with the conditions it is to be carried out under (in the remedy's
     * words) and the case it belongs to.
     */
    record QueuedAction(UUID actionId, String actionRef, ActionType type, String description, List<String> conditions,
            LocalDate dueDate, ActionStatus status, UUID remedyCaseId, String caseReference, UUID complaintId,
            String complaintReference) {

        public QueuedAction {
            conditions = conditions == null ? List.of() : List.copyOf(conditions);
        }

        /** Where it stands on {@code today}, as every read reports it (see {@link ActionStatus#on}). */
        public ActionStatus statusOn(LocalDate today) {
            return status.on(dueDate, today);
        }

        /** Calendar days past the due date on {@code today}; 0 when not overdue. */
        public long daysOverdue(LocalDate today) {
            return Math.max(0, ChronoUnit.DAYS.between(dueDate, today));
        }

        /** Calendar days until the due date from {@code today}; 0 when due today or overdue. */
        public long daysUntilDue(LocalDate today) {
            return Math.max(0, ChronoUnit.DAYS.between(today, dueDate));
        }
    }
}
