package org.redress.assessments.assessment.domain;

import java.time.LocalDate;
import java.util.List;

import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * The child in need plan that follows a completed child in need assessment (DOMAIN §3; Working
 * Together 2023): one plan per assessment, first review within 3 months, then at least every 6
 * months, a late review accepted but flagged.
 */
final class ChildInNeedPlanning {

    private ChildInNeedPlanning() {
    }

    static void start(Assessment assessment, LocalDate startDate, LocalDate today) {
        AssessmentWork work = assessment.work();
        if (assessment.type() != AssessmentType.CHILD_IN_NEED || work.completedOn == null) {
            throw new RuleViolation("cin-plan.assessment-not-completed", ProblemKind.CONFLICT, null,
                    "a child in need plan follows a completed child in need assessment");
        }
        if (work.plan != null) {
            throw new RuleViolation("cin-plan.already-started", ProblemKind.CONFLICT, "startDate",
                    "the child in need plan started on " + work.plan.startDate());
        }
        // a plan agreed at the end of the assessment may be recorded after the completion was, so it
        // may start before the recorded completion, but not before the assessment nor in the future
        if (startDate.isAfter(today) || startDate.isBefore(assessment.startDate())) {
            throw new RuleViolation("cin-plan.start-date-invalid", ProblemKind.UNPROCESSABLE, "startDate",
                    "a plan starts between the assessment's start (" + assessment.startDate() + ") and today");
        }
        work.plan = new ChildInNeedPlan(startDate, List.of());
        work.timeline.add(new TimelineEntry(startDate, "CIN_PLAN_STARTED", null));
    }

    static void review(AssessmentWork work, LocalDate reviewedOn, LocalDate today) {
        if (work.plan == null) {
            throw new RuleViolation("cin-plan.not-started", ProblemKind.CONFLICT, null,
                    "there is no child in need plan to review");
        }
        LocalDate due = work.plan.nextReviewDue();
        work.plan = work.plan.reviewedOn(reviewedOn, today);
        work.timeline.add(new TimelineEntry(reviewedOn, "CIN_PLAN_REVIEWED", null));
        if (reviewedOn.isAfter(due)) {
            // raised on the day the late review was held, however late it is recorded
            work.flag("cin-plan.review-late", due.toString(), reviewedOn);
        }
    }
}
