package org.redress.complaints.complaint.domain;

import java.time.LocalDate;
import java.util.List;

import org.redress.contracts.events.ComplaintHoldReleased;
import org.redress.contracts.events.ComplaintHoldStarted;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * Holds (DOMAIN §2): legal proceedings, a criminal investigation, a child protection enquiry that
 * must come first, or the complainant's own request. The clocks pause and the complaint resumes
 * with the days it had left.
 */
public final class HoldCommands {

    private final Complaint complaint;

    HoldCommands(Complaint complaint) {
        this.complaint = complaint;
    }

    /**
     * Puts the complaint on hold: the running clocks pause. The complainant must have been told
     * (Ombudsman: four months on hold and nobody told the complainant).
     */
    public Change place(Hold.HoldReason reason, LocalDate heldOn, LocalDate complainantToldOn, LocalDate reviewOn,
            LocalDate today) {
        complaint.requireNotFinished("put the complaint on hold");
        complaint.requireNotOnHold("put the complaint on hold");
        if (complainantToldOn == null) {
            throw new RuleViolation("hold.complainant-not-told", ProblemKind.UNPROCESSABLE, "complainantToldOn",
                    "a hold needs the date the complainant was told");
        }
        complaint.requireHappened(heldOn, today, "heldOn");
        complaint.requireHappened(complainantToldOn, today, "complainantToldOn");
        Dates.reviewAfter(reviewOn, heldOn, "hold.review-not-after-hold");
        complaint.pauseRunningClocks(heldOn);
        complaint.holds.add(new Hold(reason, heldOn, complainantToldOn, reviewOn, null));
        return Change.noted("hold.placed", heldOn, "on hold from " + heldOn + " for " + TimelineNote.words(reason)
                + ", the complainant told on " + complainantToldOn + ", review on " + reviewOn)
                .with(new ComplaintHoldStarted(complaint.id(), complaint.reference().toString(), reason.name(), heldOn,
                        complainantToldOn, reviewOn));
    }

    /**
     * Records the open hold's review on {@code reviewedOn}: the hold goes on, and a hold past its review date is
     * no longer unreviewed from that day (its flag resolved then, and put on the timeline dated the day it was
     * raised). A hold is reviewed once; a review by the review date raises no flag at all.
     */
    public Change review(LocalDate reviewedOn, LocalDate today) {
        Hold open = complaint.openHold().orElseThrow(() -> new RuleViolation("hold.not-on-hold", ProblemKind.CONFLICT,
                "the complaint is not on hold"));
        if (open.reviewedOn() != null) {
            throw new RuleViolation("hold.already-reviewed", ProblemKind.CONFLICT,
                    "the hold was reviewed on " + open.reviewedOn());
        }
        Dates.notInFuture(reviewedOn, today, "reviewedOn");
        if (reviewedOn.isBefore(open.heldOn())) {
            throw new RuleViolation("hold.review-before-hold", ProblemKind.UNPROCESSABLE, "reviewedOn",
                    "the hold started on " + open.heldOn());
        }
        List<Flag> flaggedBefore = complaint.activeConditionsOn(today);
        complaint.holds.set(complaint.holds.size() - 1, open.reviewedOn(reviewedOn));
        return complaint.noteFlagsResolved(Change.noted("hold.reviewed", reviewedOn, "hold reviewed on " + reviewedOn),
                flaggedBefore, today);
    }

    /**
     * Releases the open hold: the paused clocks resume with the working days they had left. A hold
     * released after its review date keeps its flag, resolved on the release day.
     */
    public Change release(LocalDate releasedOn, LocalDate today) {
        Hold open = complaint.openHold().orElseThrow(() -> new RuleViolation("hold.not-on-hold", ProblemKind.CONFLICT,
                "the complaint is not on hold"));
        Dates.notInFuture(releasedOn, today, "releasedOn");
        if (releasedOn.isBefore(open.heldOn())) {
            throw new RuleViolation("hold.release-before-hold", ProblemKind.UNPROCESSABLE, "releasedOn",
                    "the hold started on " + open.heldOn());
        }
        List<Flag> flaggedBefore = complaint.activeConditionsOn(today);
        complaint.resumePausedClocks(releasedOn);
        complaint.holds.set(complaint.holds.size() - 1, open.releasedOn(releasedOn));
        return complaint.noteFlagsResolved(Change.noted("hold.released", releasedOn, "released on " + releasedOn)
                .with(new ComplaintHoldReleased(complaint.id(), complaint.reference().toString(), open.heldOn(),
                        releasedOn)), flaggedBefore, today);
    }
}
