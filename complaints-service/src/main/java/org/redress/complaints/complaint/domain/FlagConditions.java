package org.redress.complaints.complaint.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.redress.statutorytime.ClockSnapshot;
import org.redress.statutorytime.ClockState;
import org.redress.statutorytime.StatutoryClock;

/**
 * The flags that last for a time (see {@link Flag}), read from the complaint's stored history as
 * it stood at the end of a day: every hold that went past its review date unreviewed (resolved when it was
 * reviewed, released or the complaint closed) and every decline that went past its review date, and a
 * standing decision that went past its due date, each raised the day after the date it missed
 * and resolved on the day it ended. Nothing is stored per day, so a flag whose condition has
 * cleared is still found, and one that arises later is not yet.
 */
final class FlagConditions {

    private final Complaint complaint;

    FlagConditions(Complaint complaint) {
        this.complaint = complaint;
    }

    /** Every condition flag raised by the end of {@code day}, resolved by then or not, oldest kind first. */
    List<Flag> raisedBy(LocalDate day) {
        List<Flag> flags = new ArrayList<>();
        // a complaint closed with a hold or decline still open ends it too: nothing is left to review
        LocalDate closedOn = complaint.closure == null ? null : complaint.closure.closedOn();
        complaint.holds.forEach(hold -> pastReview(Flag.HOLD_PAST_REVIEW, hold.reviewOn(),
                hold.reviewedOn() != null ? new Ending(hold.reviewedOn(), "reviewed")
                        : ended(hold.releasedOn(), "released", closedOn), day,
                "on hold since " + hold.heldOn() + ", review was due " + hold.reviewOn()).ifPresent(flags::add));
        complaint.declines.forEach(decline -> pastReview(Flag.DECLINE_PAST_REVIEW, decline.reviewOn(),
                ended(decline.resumedOn(), "resumed", closedOn), day,
                "declined since " + decline.declinedOn() + ", review was due " + decline.reviewOn())
                .ifPresent(flags::add));
        standingOverdue(day).ifPresent(flags::add);
        return flags;
    }

    /** When and how a hold or decline ended: null while it is open and the complaint is not closed. */
    private record Ending(LocalDate on, String how) {
    }

    private static Ending ended(LocalDate endedOn, String how, LocalDate closedOn) {
        if (endedOn != null) {
            return new Ending(endedOn, how);
        }
        return closedOn == null ? null : new Ending(closedOn, "the complaint closed");
    }

    /** The flag of a hold or decline that was still open after its review date, if it was by {@code day}. */
    private static Optional<Flag> pastReview(String code, LocalDate reviewOn, Ending ending, LocalDate day,
            String detail) {
        LocalDate raisedOn = reviewOn.plusDays(1);
        boolean endedInTime = ending != null && !ending.on().isAfter(reviewOn);
        if (endedInTime || raisedOn.isAfter(day)) {
            return Optional.empty();
        }
        boolean resolved = ending != null && !ending.on().isAfter(day);
        return Optional.of(resolved ? new Flag(code, raisedOn, ending.on(), detail + ", " + ending.how() + " on "
                + ending.on()) : new Flag(code, raisedOn, null, detail));
    }

    /**
     * The standing decision's clock overdue by the end of {@code day}: still running past its due date,
     * or stopped after it (decided late, or the complaint closed undecided), resolved when it stopped.
     */
    private Optional<Flag> standingOverdue(LocalDate day) {
        StatutoryClock clock = complaint.clocks.get(ClockKind.STANDING_DECISION);
        if (clock == null || day.isBefore(clock.start())) {
            return Optional.empty();
        }
        Optional<LocalDate> stoppedOn = clock.stoppedOn().filter(stopped -> !stopped.isAfter(day));
        ClockSnapshot snapshot = clock.snapshotOn(stoppedOn.orElse(day));
        boolean overdue = stoppedOn.isPresent() ? snapshot.state() == ClockState.MISSED
                : snapshot.state() == ClockState.OVERDUE;
        if (!overdue) {
            return Optional.empty();
        }
        LocalDate due = snapshot.effectiveDueDate();
        String detail = "the standing decision was due " + due;
        return Optional.of(new Flag(Flag.STANDING_DECISION_OVERDUE, due.plusDays(1), stoppedOn.orElse(null),
                stoppedOn.map(stopped -> detail + (complaint.standing == null ? ", the complaint ended undecided on "
                        : ", made on ") + stopped).orElse(detail)));
    }
}
