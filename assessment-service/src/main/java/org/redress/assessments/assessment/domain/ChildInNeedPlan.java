package org.redress.assessments.assessment.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;
import org.redress.statutorytime.CalendarPeriod;

/**
 * The child in need plan that follows an assessment, and its reviews. Working Together to
 * Safeguard Children 2023 (and DOMAIN §3): the first review within 3 months of the plan's start,
 * then at least every 6 months. Periods are calendar months, not working days.
 *
 * @param startDate the day the plan started
 * @param reviews   the days it was reviewed, in order
 */
public record ChildInNeedPlan(LocalDate startDate, List<LocalDate> reviews) {

    /** First review: within 3 months of the plan's start. */
    public static final CalendarPeriod FIRST_REVIEW = CalendarPeriod.parse("P3M");
    /** Every later review: within 6 months of the one before. */
    public static final CalendarPeriod LATER_REVIEWS = CalendarPeriod.parse("P6M");
    /** A review due within this many days shows as {@link ReviewState#DUE_SOON}. */
    static final int DUE_SOON_DAYS = 14;

    public ChildInNeedPlan {
        Objects.requireNonNull(startDate, "startDate");
        reviews = List.copyOf(reviews == null ? List.of() : reviews);
    }

    /** Where the next review stands on a day. */
    public enum ReviewState {
        ON_TRACK, DUE_SOON, OVERDUE
    }

    /** The next review's due date and where it stands on a day. */
    public record NextReview(LocalDate dueDate, ReviewState state) {
    }

    /** The day the next review is due: 3 months after the start, then 6 months after the last review. */
    public LocalDate nextReviewDue() {
        return reviews.isEmpty() ? FIRST_REVIEW.dueFrom(startDate)
                : LATER_REVIEWS.dueFrom(reviews.get(reviews.size() - 1));
    }

    /** The next review as it stands {@code today}: overdue once today is after its due date. */
    public NextReview nextReviewOn(LocalDate today) {
        LocalDate due = nextReviewDue();
        ReviewState state = today.isAfter(due) ? ReviewState.OVERDUE
                : today.isAfter(due.minusDays(DUE_SOON_DAYS)) ? ReviewState.DUE_SOON : ReviewState.ON_TRACK;
        return new NextReview(due, state);
    }

    /**
     * The plan with a review held on {@code reviewedOn}; a review cannot precede the plan's start or
     * the last review, nor be recorded before it happened.
     */
    ChildInNeedPlan reviewedOn(LocalDate reviewedOn, LocalDate today) {
        LocalDate last = reviews.isEmpty() ? startDate : reviews.get(reviews.size() - 1);
        if (reviewedOn.isBefore(last)) {
            throw new RuleViolation("cin-plan.review-out-of-order", ProblemKind.UNPROCESSABLE, "reviewedOn",
                    "a review on " + reviewedOn + " cannot precede the plan's start or its last review (" + last + ")");
        }
        if (reviewedOn.isAfter(today)) {
            throw new RuleViolation("cin-plan.review-in-future", ProblemKind.UNPROCESSABLE, "reviewedOn",
                    "a review is recorded once it has been held");
        }
        List<LocalDate> held = new ArrayList<>(reviews);
        held.add(reviewedOn);
        return new ChildInNeedPlan(startDate, held);
    }
}
