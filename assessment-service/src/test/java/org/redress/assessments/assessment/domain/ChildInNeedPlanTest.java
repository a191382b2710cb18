package org.redress.assessments.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redress.contracts.CaseReference;
import org.redress.contracts.problem.RuleViolation;
import org.redress.statutorytime.WorkingDayCalendar;

class ChildInNeedPlanTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final LocalDate REFERRED = LocalDate.of(2024, 3, 4);

    private static Assessment completed(AssessmentType type, LocalDate on) {
        Assessment assessment = Assessment.open(UUID.randomUUID(), new CaseReference(Assessment.REFERENCE_PREFIX, 2024, 9),
                new Assessment.Request(UUID.randomUUID(), "CR-104233", REFERRED, false, type,
                        Team.CHILDRENS_SOCIAL_CARE, List.of()), CALENDAR).assessment();
        assessment.complete(on, on, List.of());
        return assessment;
    }

    private static String ruleOf(Runnable action) {
        try {
            action.run();
        } catch (RuleViolation violation) {
            return violation.rule();
        }
        return null;
    }

    @Nested
    class ReviewDates {

        @Test
        void theFirstReviewIsDueThreeCalendarMonthsAfterTheStart() {
            assertThat(new ChildInNeedPlan(LocalDate.of(2024, 5, 10), List.of()).nextReviewDue())
                    .isEqualTo(LocalDate.of(2024, 8, 10));
        }

        @Test
        void laterReviewsAreDueSixMonthsAfterTheLastClampedToTheEndOfAShortMonth() {
            ChildInNeedPlan plan = new ChildInNeedPlan(LocalDate.of(2024, 5, 31), List.of(LocalDate.of(2024, 8, 31)));
            assertThat(plan.nextReviewDue()).isEqualTo(LocalDate.of(2025, 2, 28));
        }

        @Test
        void theNextReviewIsOnTrackThenDueSoonThenOverdue() {
            ChildInNeedPlan plan = new ChildInNeedPlan(LocalDate.of(2024, 5, 10), List.of());
            assertThat(plan.nextReviewOn(LocalDate.of(2024, 7, 27)).state()).isEqualTo(ChildInNeedPlan.ReviewState.ON_TRACK);
            assertThat(plan.nextReviewOn(LocalDate.of(2024, 7, 28)).state()).isEqualTo(ChildInNeedPlan.ReviewState.DUE_SOON);
            assertThat(plan.nextReviewOn(LocalDate.of(2024, 8, 10)).state()).isEqualTo(ChildInNeedPlan.ReviewState.DUE_SOON);
            assertThat(plan.nextReviewOn(LocalDate.of(2024, 8, 11)).state()).isEqualTo(ChildInNeedPlan.ReviewState.OVERDUE);
        }
    }

    @Nested
    class StartingAPlan {

        @Test
        void followsACompletedChildInNeedAssessment() {
            Assessment assessment = completed(AssessmentType.CHILD_IN_NEED, LocalDate.of(2024, 5, 9));
            assessment.startPlan(LocalDate.of(2024, 5, 10), LocalDate.of(2024, 5, 10));
            assertThat(assessment.work().plan()).map(ChildInNeedPlan::nextReviewDue).contains(LocalDate.of(2024, 8, 10));
            assertThat(ruleOf(() -> assessment.startPlan(LocalDate.of(2024, 5, 10), LocalDate.of(2024, 5, 10))))
                    .isEqualTo("cin-plan.already-started");
        }

        @Test
        void isRefusedBeforeTheAssessmentIsCompletedOrForACarersAssessment() {
            Assessment open = Assessment.open(UUID.randomUUID(), new CaseReference(Assessment.REFERENCE_PREFIX, 2024, 9),
                    new Assessment.Request(null, "CR-104233", REFERRED, false, AssessmentType.CHILD_IN_NEED,
                            Team.CHILDRENS_SOCIAL_CARE, List.of()), CALENDAR).assessment();
            assertThat(ruleOf(() -> open.startPlan(LocalDate.of(2024, 5, 10), LocalDate.of(2024, 5, 10))))
                    .isEqualTo("cin-plan.assessment-not-completed");
            Assessment carer = completed(AssessmentType.YOUNG_CARER, LocalDate.of(2024, 5, 9));
            assertThat(ruleOf(() -> carer.startPlan(LocalDate.of(2024, 5, 10), LocalDate.of(2024, 5, 10))))
                    .isEqualTo("cin-plan.assessment-not-completed");
        }

        @Test
        void cannotStartInTheFutureOrBeforeTheAssessment() {
            Assessment assessment = completed(AssessmentType.CHILD_IN_NEED, LocalDate.of(2024, 5, 9));
            assertThat(ruleOf(() -> assessment.startPlan(LocalDate.of(2024, 5, 11), LocalDate.of(2024, 5, 10))))
                    .isEqualTo("cin-plan.start-date-invalid");
            assertThat(ruleOf(() -> assessment.startPlan(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 5, 10))))
                    .isEqualTo("cin-plan.start-date-invalid");
        }
    }

    @Nested
    class Reviewing {

        private Assessment withPlan() {
            Assessment assessment = completed(AssessmentType.CHILD_IN_NEED, LocalDate.of(2024, 5, 9));
            assessment.startPlan(LocalDate.of(2024, 5, 10), LocalDate.of(2024, 5, 10));
            return assessment;
        }

        @Test
        void aReviewInTimeSchedulesTheNextSixMonthsLaterWithoutAFlag() {
            Assessment assessment = withPlan();
            assessment.reviewPlan(LocalDate.of(2024, 8, 10), LocalDate.of(2024, 8, 12));
            assertThat(assessment.work().plan()).map(ChildInNeedPlan::nextReviewDue).contains(LocalDate.of(2025, 2, 10));
            assertThat(assessment.work().flags()).isEmpty();
        }

        @Test
        void aReviewAfterItsDueDateIsFlaggedLate() {
            Assessment assessment = withPlan();
            assessment.reviewPlan(LocalDate.of(2024, 8, 11), LocalDate.of(2024, 8, 12));
            assertThat(assessment.work().flags()).extracting(Flag::code).containsExactly("cin-plan.review-late");
            assertThat(assessment.work().flags().get(0).about()).isEqualTo("2024-08-10");
        }

        @Test
        void isRefusedWithoutAPlanOutOfOrderOrInTheFuture() {
            Assessment noPlan = completed(AssessmentType.CHILD_IN_NEED, LocalDate.of(2024, 5, 9));
            assertThat(ruleOf(() -> noPlan.reviewPlan(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 1))))
                    .isEqualTo("cin-plan.not-started");
            Assessment assessment = withPlan();
            assertThat(ruleOf(() -> assessment.reviewPlan(LocalDate.of(2024, 5, 9), LocalDate.of(2024, 6, 1))))
                    .isEqualTo("cin-plan.review-out-of-order");
            assertThat(ruleOf(() -> assessment.reviewPlan(LocalDate.of(2024, 6, 2), LocalDate.of(2024, 6, 1))))
                    .isEqualTo("cin-plan.review-in-future");
        }
    }
}
