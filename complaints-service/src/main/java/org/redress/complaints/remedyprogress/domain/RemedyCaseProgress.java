package org.redress.complaints.remedyprogress.domain;

import java.time.LocalDate;

import org.redress.contracts.Bounds;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * How far a complaint's remedy case has got: the counters the complaint shows, kept from
 * remedy-service's events so that whoever handles the complaint sees whether what was agreed is
 * being done — completed on time, late or overdue, the same measures the Ombudsman publishes as
 * councils' compliance rates (DOMAIN §4, "Compliance").
 *
 * <p>Every rule here is safe against the same fact arriving twice under different event ids:
 * the caller keeps an {@link ActionProgress} per action id and each rule looks at where the
 * action already stands before it counts anything.
 *
 * @param actionCount     how many actions the case holds
 * @param completed       how many actions are complete
 * @param completedOnTime how many of those were completed on or before their due date
 * @param overdue         how many actions are overdue now (past due and not complete)
 * @param paidPence       the total paid on the case's payment actions so far, in pence
 * @param completedOn     the day its last action was completed, or {@code null} while it is open
 */
public record RemedyCaseProgress(int actionCount, int completed, int completedOnTime, int overdue, long paidPence,
        LocalDate completedOn) {

    /** A case just opened with {@code actionCount} actions, none reported on. */
    public static RemedyCaseProgress opened(int actionCount) {
        return new RemedyCaseProgress(actionCount, 0, 0, 0, 0, null);
    }

    /** Whether every action of the case is complete. */
    public boolean complete() {
        return completedOn != null;
    }

    /**
     * An action was completed. Counted once per action: completing an already completed action
     * changes nothing. An overdue action that is completed is no longer overdue now, but counts
     * as late.
     */
    public Applied actionCompleted(ActionProgress before, boolean onTime) {
        if (before.state() == ActionState.COMPLETED) {
            return Applied.unchanged(this, before);
        }
        int overdueNow = before.state() == ActionState.OVERDUE ? overdue - 1 : overdue;
        int completedNow = completed + 1;
        RemedyCaseProgress after = new RemedyCaseProgress(atLeast(completedNow + overdueNow), completedNow,
                completedOnTime + (onTime ? 1 : 0), overdueNow, paidPence, completedOn);
        return new Applied(after, new ActionProgress(before.actionId(), ActionState.COMPLETED, onTime,
                before.paidPence()), true);
    }

    /**
     * An action was found overdue. Counted once per action, and never for an action already
     * completed (a late report cannot make a finished action overdue again).
     */
    public Applied actionOverdue(ActionProgress before) {
        if (before.state() != ActionState.OPEN) {
            return Applied.unchanged(this, before);
        }
        int overdueNow = overdue + 1;
        RemedyCaseProgress after = new RemedyCaseProgress(atLeast(completed + overdueNow), completed,
                completedOnTime, overdueNow, paidPence, completedOn);
        return new Applied(after, new ActionProgress(before.actionId(), ActionState.OVERDUE, false,
                before.paidPence()), true);
    }

    /**
     * A payment was recorded. The event carries the action's running total, so the action keeps
     * the highest total seen and the case adds only the difference: the same payment reported
     * twice, or an older total arriving late, adds nothing. A total beyond any real payment is refused
     * rather than added: summed with the case's other payments it could wrap round to a negative total.
     */
    public Applied paymentRecorded(ActionProgress before, long totalPaidOnActionPence) {
        if (!Bounds.plausibleAmount(totalPaidOnActionPence)) {
            throw new RuleViolation("remedy-progress.implausible-amount", ProblemKind.UNPROCESSABLE, "totalPaidPence",
                    "a total paid of " + totalPaidOnActionPence + " pence is outside 0 to " + Bounds.MAX_AMOUNT_PENCE);
        }
        if (totalPaidOnActionPence <= before.paidPence()) {
            return Applied.unchanged(this, before);
        }
        long added = totalPaidOnActionPence - before.paidPence();
        RemedyCaseProgress after = new RemedyCaseProgress(actionCount, completed, completedOnTime, overdue,
                Math.addExact(paidPence, added), completedOn);
        return new Applied(after, new ActionProgress(before.actionId(), before.state(), before.completedOnTime(),
                totalPaidOnActionPence), true);
    }

    /**
     * Every action is complete. The first completion date stands; the case's action count is
     * taken from the event, which counts actions added after the case was opened too.
     */
    public RemedyCaseProgress caseCompleted(LocalDate on, int actionCountAtCompletion) {
        if (complete()) {
            return this;
        }
        return new RemedyCaseProgress(Math.max(actionCountAtCompletion, completed + overdue), completed,
                completedOnTime, overdue, paidPence, on);
    }

    /** Actions added to the case after it opened are announced only by their progress: never show fewer. */
    private int atLeast(int actionsReported) {
        return Math.max(actionCount, actionsReported);
    }

    /**
     * What applying one action event did.
     *
     * @param progress the case's progress afterwards
     * @param action   the action's progress afterwards
     * @param changed  whether anything changed (false for a repeat)
     */
    public record Applied(RemedyCaseProgress progress, ActionProgress action, boolean changed) {

        static Applied unchanged(RemedyCaseProgress progress, ActionProgress action) {
            return new Applied(progress, action, false);
        }
    }
}
