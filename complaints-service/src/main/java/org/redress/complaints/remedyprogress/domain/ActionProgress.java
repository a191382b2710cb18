package org.redress.complaints.remedyprogress.domain;

import java.util.UUID;

/**
 * One agreed action's progress, kept per action id so that the same action reported twice
 * (under different event ids) is counted once.
 *
 * @param actionId        remedy-service's id for the action
 * @param state           where it stands
 * @param completedOnTime whether it was completed on or before its due date (false until completed)
 * @param paidPence       the most paid on it so far, for a payment action, in pence
 */
public record ActionProgress(UUID actionId, ActionState state, boolean completedOnTime, long paidPence) {

    /** An action nothing has been reported about yet. */
    public static ActionProgress unseen(UUID actionId) {
        return new ActionProgress(actionId, ActionState.OPEN, false, 0);
    }
}
