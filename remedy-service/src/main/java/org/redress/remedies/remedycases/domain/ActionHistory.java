package org.redress.remedies.remedycases.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Where an action not yet completed stood at the end of a day, replayed from its own timeline: it starts as it was
 * agreed (a computed payment awaiting confirmation, anything else open); a person's confirmation, the progress entry
 * that carries the confirmed amount, opens it; any other progress puts an open action in progress. Entries dated
 * after the day are not yet true on it. Overdue is then judged from the due date on the day ({@link ActionStatus#on}).
 */
public final class ActionHistory {

    private ActionHistory() {
    }

    /** The status on {@code day} of an action that started {@code initial}, from its entries oldest first. */
    public static ActionStatus statusOn(ActionStatus initial, List<TimelineEntry> history, LocalDate day) {
        ActionStatus then = initial;
        for (TimelineEntry entry : history) {
            if (entry.kind() != TimelineEntry.Kind.PROGRESS || entry.on().isAfter(day)) {
                continue;
            }
            if (then == ActionStatus.AWAITING_CONFIRMATION) {
                then = entry.amountPence() != null ? ActionStatus.OPEN : then;
            } else {
                then = ActionStatus.IN_PROGRESS;
            }
        }
        return then;
    }

    /** How an action of {@code type} on a case from {@code source} starts. */
    public static ActionStatus initial(ActionType type, RemedySource source) {
        return RemedyAction.initialStatus(type, source);
    }
}
