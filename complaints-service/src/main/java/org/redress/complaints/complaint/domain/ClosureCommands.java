package org.redress.complaints.complaint.domain;

import java.time.LocalDate;
import java.util.List;

import org.redress.contracts.events.ComplaintClosed;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * Closing a complaint for a reason from the fixed list (DOMAIN §2). A stage that was asked for and
 * not yet answered cannot be closed for any other reason, and "statement not agreed" is never one
 * (Ombudsman: a complaint closed because emails did not yield a statement of complaint).
 */
public final class ClosureCommands {

    private final Complaint complaint;

    ClosureCommands(Complaint complaint) {
        this.complaint = complaint;
    }

    public Change close(String reasonCode, LocalDate closedOn, LocalDate today) {
        complaint.requireNotFinished("close the complaint");
        ComplaintState state = complaint.state;
        if (!Closure.Reason.known(reasonCode)) {
            String rule = state.awaitingAnswer() ? "closure.requested-stage-unanswered" : "closure.reason-not-allowed";
            throw new RuleViolation(rule, ProblemKind.UNPROCESSABLE, "reason", reasonCode
                    + " is not a reason to close a complaint" + (state.awaitingAnswer()
                            ? " while " + state + " is unanswered" : "") + "; allowed: "
                    + List.of(Closure.Reason.values()));
        }
        complaint.requireHappened(closedOn, today, "closedOn");
        List<Flag> flaggedBefore = complaint.activeConditionsOn(today);
        complaint.stopRunningClocks(closedOn, today);
        complaint.state = state.moveTo(ComplaintState.CLOSED);
        complaint.closure = new Closure(Closure.Reason.valueOf(reasonCode), closedOn);
        return complaint.announceBreachesFound(complaint.noteFlagsResolved(Change.noted("complaint.closed", closedOn,
                "closed on " + closedOn + ": " + TimelineNote.words(complaint.closure.reason()))
                .with(new ComplaintClosed(complaint.id(), complaint.reference().toString(), reasonCode, closedOn)),
                flaggedBefore, today));
    }
}
