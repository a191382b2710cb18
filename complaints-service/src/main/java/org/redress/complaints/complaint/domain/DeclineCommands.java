package org.redress.complaints.complaint.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.redress.contracts.events.ComplaintDeclineEnded;
import org.redress.contracts.events.ComplaintDeclined;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * Declining to consider a complaint, in whole or in part, where considering it could prejudice
 * legal, criminal or disciplinary proceedings (DOMAIN §2): the complainant must be told in
 * writing, and the complaint comes back when the proceedings end.
 */
public final class DeclineCommands {

    private final Complaint complaint;

    DeclineCommands(Complaint complaint) {
        this.complaint = complaint;
    }

    /**
     * Declines the whole complaint or the listed points. Declined whole, its running clocks pause
     * from {@code declinedOn} and nothing of substance happens until it comes back. Declined in
     * part, the clocks run on: the council still owes the complainant an answer on the other
     * points within the statutory time, and only the listed points wait for the proceedings.
     */
    public Change decline(Decline.Scope scope, List<Integer> declinedPoints, Decline.Proceedings proceedings,
            LocalDate declinedOn, LocalDate complainantToldInWritingOn, LocalDate reviewOn, LocalDate today) {
        complaint.requireNotFinished("decline the complaint");
        complaint.requireNotOnHold("decline the complaint");
        if (complaint.openDecline().isPresent()) {
            throw new RuleViolation("decline.already-declined", ProblemKind.CONFLICT,
                    "the complaint is already declined in part; bring it back before declining it again");
        }
        if (complainantToldInWritingOn == null) {
            throw new RuleViolation("decline.complainant-not-told", ProblemKind.UNPROCESSABLE,
                    "complainantToldInWritingOn", "declining needs the date the complainant was told in writing");
        }
        complaint.requireHappened(declinedOn, today, "declinedOn");
        complaint.requireHappened(complainantToldInWritingOn, today, "complainantToldInWritingOn");
        Dates.reviewAfter(reviewOn, declinedOn, "decline.review-not-after-decline");
        List<Integer> points = pointsDeclined(scope, declinedPoints);
        if (scope == Decline.Scope.WHOLE) {
            complaint.pauseRunningClocks(declinedOn);
        }
        complaint.declines.add(new Decline(scope, points, proceedings, declinedOn, complainantToldInWritingOn, reviewOn,
                null, null));
        return Change.noted("complaint.declined", declinedOn, (scope == Decline.Scope.WHOLE
                ? "the whole complaint" : "points " + points) + " declined from " + declinedOn + " pending "
                + TimelineNote.words(proceedings) + " proceedings, review on " + reviewOn)
                .with(new ComplaintDeclined(complaint.id(), complaint.reference().toString(), scope.name(), points,
                        proceedings.name(), declinedOn, complainantToldInWritingOn, reviewOn));
    }

    /**
     * Takes the complaint up again once the proceedings have ended. The paused clocks resume with
     * the working days they had left rather than starting afresh: the complaint was made in time
     * and the days already used were the council's, so a fresh 10 (or 25) days would make the
     * complainant wait longer for declining than for a hold, which pauses the same way. A council
     * that needs more time because of what the proceedings found has the extension, with the
     * complainant told, as for any complaint.
     */
    public Change end(LocalDate proceedingsEndedOn, LocalDate resumedOn, LocalDate today) {
        Decline open = complaint.openDecline().orElseThrow(() -> new RuleViolation("decline.not-declined",
                ProblemKind.CONFLICT, "the complaint is not declined"));
        Dates.notInFuture(proceedingsEndedOn, today, "proceedingsEndedOn");
        Dates.notInFuture(resumedOn, today, "resumedOn");
        if (proceedingsEndedOn.isBefore(open.declinedOn())) {
            throw new RuleViolation("decline.proceedings-ended-before-decline", ProblemKind.UNPROCESSABLE,
                    "proceedingsEndedOn", "the complaint was declined on " + open.declinedOn());
        }
        if (resumedOn.isBefore(proceedingsEndedOn)) {
            throw new RuleViolation("decline.resumed-before-proceedings-ended", ProblemKind.UNPROCESSABLE, "resumedOn",
                    "the proceedings ended on " + proceedingsEndedOn);
        }
        List<Flag> flaggedBefore = complaint.activeConditionsOn(today);
        if (open.scope() == Decline.Scope.WHOLE) {
            complaint.resumePausedClocks(resumedOn);
        }
        complaint.declines.set(complaint.declines.size() - 1, open.ended(proceedingsEndedOn, resumedOn));
        return complaint.noteFlagsResolved(Change.noted("complaint.decline-ended", resumedOn, "proceedings ended "
                + proceedingsEndedOn + ", resumed on " + resumedOn)
                .with(new ComplaintDeclineEnded(complaint.id(), complaint.reference().toString(),
                        open.declinedOn(), proceedingsEndedOn, resumedOn)), flaggedBefore, today);
    }

    private List<Integer> pointsDeclined(Decline.Scope scope, List<Integer> declinedPoints) {
        int count = complaint.points().size();
        if (scope == Decline.Scope.WHOLE) {
            return IntStream.rangeClosed(1, count).boxed().toList();
        }
        List<Integer> points = declinedPoints == null ? List.of() : declinedPoints.stream().distinct().sorted().toList();
        if (points.isEmpty() || points.size() == count || points.stream().anyMatch(p -> p == null || p < 1 || p > count)) {
            throw new RuleViolation("decline.points-invalid", ProblemKind.UNPROCESSABLE, "points",
                    "a part decline lists some, not all, of the complaint's points 1 to " + count);
        }
        return points;
    }
}
