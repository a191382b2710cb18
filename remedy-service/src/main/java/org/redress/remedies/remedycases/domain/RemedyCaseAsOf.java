package org.redress.remedies.remedycases.domain;

import java.time.LocalDate;
import java.util.List;

import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * A remedy case as it stood at the end of a past day, computed from what its record says happened and when (DOMAIN
 * §5: the record is the evidence): the actions agreed by then, each completed only if completed by then, paid what
 * had been paid by then, and overdue as judged on that day. Nothing is kept per day; a case decided after the day
 * did not yet exist on it.
 */
public final class RemedyCaseAsOf {

    /** The rule a read as of a day before the case's decision breaks (answered 404: there was no case). */
    public static final String NOT_YET_DECIDED = "remedy.case-not-yet-decided";

    private RemedyCaseAsOf() {
    }

    /** The case on {@code day}, from its stored state and its timeline (oldest first). */
    public static RemedyCase asOf(RemedyCase remedyCase, List<TimelineEntry> timeline, LocalDate day) {
        LocalDate decided = remedyCase.details().decisionDate();
        if (day.isBefore(decided)) {
            throw new RuleViolation(NOT_YET_DECIDED, ProblemKind.NOT_FOUND, "asOf", "remedy case "
                    + remedyCase.reference() + " was decided on " + decided + ", after " + day + ": it did not yet exist");
        }
        List<RemedyAction> actions = remedyCase.actions().stream()
                .filter(action -> !agreedOn(action, timeline, decided).isAfter(day))
                .map(action -> action.asOf(day, timeline.stream().filter(e -> e.actionId().equals(action.id())).toList(),
                        remedyCase.details().source()))
                .toList();
        return new RemedyCase(remedyCase.id(), remedyCase.reference(), remedyCase.details(), actions,
                remedyCase.version());
    }

    /** The day an action was agreed: as stored, else the day it went on the timeline, else the decision date. */
    private static LocalDate agreedOn(RemedyAction action, List<TimelineEntry> timeline, LocalDate decided) {
        if (action.agreedOn() != null) {
            return action.agreedOn();
        }
        return timeline.stream()
                .filter(e -> e.actionId().equals(action.id()) && e.kind() == TimelineEntry.Kind.ACTION_ADDED)
                .map(TimelineEntry::on).findFirst().orElse(decided);
    }
}
