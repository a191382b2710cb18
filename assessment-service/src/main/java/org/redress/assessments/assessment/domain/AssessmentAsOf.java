package org.redress.assessments.assessment.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * An assessment as it stood at the end of a past day (DOMAIN §5: the record is the evidence), computed from its
 * own history rather than from a copy kept per day: what happened by then, each on the day it happened, and
 * nothing recorded as happening later. A completion after the day leaves it open (its clock read on the day is
 * running, and overdue once past its due date); assessors from the day they took over; needs, conditions and
 * CSDPA s2 considerations from the first day the timeline records them (a need recorded again later shows as it
 * now reads); flags from the day they were raised; provision from the day it started; the child in need plan from
 * its start with the reviews held by then; the family's carers once it was completed. What the history cannot
 * date (an entry stored before the timeline recorded it) is kept: nothing says it happened later.
 */
final class AssessmentAsOf {

    private AssessmentAsOf() {
    }

    static Assessment of(Assessment assessment, LocalDate day) {
        if (day.isBefore(assessment.startDate())) {
            throw new RuleViolation("assessment.not-started-as-of", ProblemKind.NOT_FOUND, "asOf",
                    "assessment " + assessment.reference() + " had not started by " + day + ": it started on "
                            + assessment.startDate());
        }
        AssessmentWork now = assessment.work();
        History history = new History(now.timeline, day);
        LocalDate completedOn = now.completedOn != null && !now.completedOn.isAfter(day) ? now.completedOn : null;
        Map<Csdpa2Category, Boolean> s2 = new EnumMap<>(Csdpa2Category.class);
        now.s2.forEach((category, needed) -> {
            if (history.byThen("CSDPA_S2_CONSIDERED", category.name())) {
                s2.put(category, needed);
            }
        });
        AssessmentWork then = new AssessmentWork(now.team,
                now.conditions.stream().filter(condition -> history.byThen("CONDITION_ADDED", condition)).toList(),
                now.assessors.stream().filter(assignment -> !assignment.from().isAfter(day)).toList(),
                now.needs.values().stream().filter(need -> history.byThen("NEED_RECORDED", need.code())).toList(),
                s2, completedOn == null ? List.of() : now.carers,
                now.flags.stream().filter(flag -> !flag.on().isAfter(day)).toList(),
                now.timeline.stream().filter(entry -> !entry.on().isAfter(day)).toList(),
                now.provisions.stream().filter(provision -> !provision.startedOn().isAfter(day)).toList(),
                completedOn, plan(now.plan, day));
        // the clock is the same: read on a day before its stop, a stopped clock reads as running
        return new Assessment(assessment.id(), assessment.reference(), assessment.childRef(),
                assessment.carerRef().orElse(null), assessment.type(), assessment.clock(),
                assessment.remedy().orElse(null), assessment.referralId().orElse(null), assessment.disabledChild(),
                then);
    }

    private static ChildInNeedPlan plan(ChildInNeedPlan plan, LocalDate day) {
        if (plan == null || plan.startDate().isAfter(day)) {
            return null;
        }
        return new ChildInNeedPlan(plan.startDate(), plan.reviews().stream().filter(held -> !held.isAfter(day))
                .toList());
    }

    /** The timeline as the witness of when each thing first happened. */
    private record History(List<TimelineEntry> timeline, LocalDate day) {

        /** Whether the first entry of {@code what} about {@code about} is on or before the day, or there is none. */
        boolean byThen(String what, String about) {
            Optional<LocalDate> first = timeline.stream()
                    .filter(entry -> entry.what().equals(what) && about.equals(entry.about()))
                    .map(TimelineEntry::on).min(LocalDate::compareTo);
            return first.map(on -> !on.isAfter(day)).orElse(true);
        }
    }
}
