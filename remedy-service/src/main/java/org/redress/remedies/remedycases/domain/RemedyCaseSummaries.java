package org.redress.remedies.remedycases.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Remedy cases as a system that needs only to know they exist and where they stand sees them: ids, references,
 * states and dates, never what was agreed for the family (descriptions, conditions, amounts, the children). Read in
 * one query per page from the cases and their actions' statuses and dates.
 */
public interface RemedyCaseSummaries {

    /**
     * Cases newest decision first, {@code size} at a time, in the order of {@link RemedyCaseRepository#page} (whose
     * {@link RemedyCaseRepository#count} counts them); only one complaint's when {@code complaintId} is given.
     */
    List<RemedyCaseSummary> page(UUID complaintId, int page, int size);

    /** Where a remedy case stands as a whole. */
    enum State {
        /** An action is still to be done, none of them late. */
        OPEN,
        /** An open or in-progress action is past its due date (DOMAIN §4: from the day after). */
        OVERDUE,
        /** Every action is completed. */
        COMPLETED
    }

    /**
     * One case, with the dates its actions give it.
     *
     * @param nextDueDate     the earliest due date of the actions not completed; null when all are
     * @param chasedDueDate   the earliest due date of the actions open or in progress (those that fall overdue, see
     *                        {@link ActionStatus#fallsOverdue}); null when there are none
     * @param lastCompletedOn the day the last action was completed, if any was
     */
    record RemedyCaseSummary(UUID id, String reference, UUID complaintId, String complaintReference,
            LocalDate decisionDate, LocalDate nextDueDate, LocalDate chasedDueDate, LocalDate lastCompletedOn,
            boolean complete) {

        public State stateOn(LocalDate today) {
            if (complete) {
                return State.COMPLETED;
            }
            return chasedDueDate != null && today.isAfter(chasedDueDate) ? State.OVERDUE : State.OPEN;
        }

        /** The day the case was completed: its last action's completion; null while any is open. */
        public LocalDate completedOn() {
            return complete ? lastCompletedOn : null;
        }
    }
}
