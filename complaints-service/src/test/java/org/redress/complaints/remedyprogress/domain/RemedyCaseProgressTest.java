package org.redress.complaints.remedyprogress.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redress.contracts.Bounds;
import org.redress.contracts.problem.RuleViolation;

class RemedyCaseProgressTest {

    private static final UUID ACTION = UUID.randomUUID();
    private static final RemedyCaseProgress OPENED = RemedyCaseProgress.opened(3);

    @Nested
    class CompletingAnAction {

        @Test
        void countsItCompletedAndOnTimeWhenItWasOnTime() {
            var applied = OPENED.actionCompleted(ActionProgress.unseen(ACTION), true);
            assertThat(applied.progress().completed()).isEqualTo(1);
            assertThat(applied.progress().completedOnTime()).isEqualTo(1);
            assertThat(applied.action().state()).isEqualTo(ActionState.COMPLETED);
        }

        @Test
        void countsItCompletedButNotOnTimeWhenItWasLate() {
            var applied = OPENED.actionCompleted(ActionProgress.unseen(ACTION), false);
            assertThat(applied.progress().completed()).isEqualTo(1);
            assertThat(applied.progress().completedOnTime()).isZero();
        }

        @Test
        void countsTheSameActionCompletedTwiceOnce() {
            var first = OPENED.actionCompleted(ActionProgress.unseen(ACTION), true);
            var again = first.progress().actionCompleted(first.action(), true);
            assertThat(again.changed()).isFalse();
            assertThat(again.progress()).isEqualTo(first.progress());
        }

        @Test
        void stopsCountingAnOverdueActionAsOverdueOnceItIsCompleted() {
            var overdue = OPENED.actionOverdue(ActionProgress.unseen(ACTION));
            var completed = overdue.progress().actionCompleted(overdue.action(), false);
            assertThat(completed.progress().overdue()).isZero();
            assertThat(completed.progress().completed()).isEqualTo(1);
            assertThat(completed.progress().completedOnTime()).isZero();
        }

        @Test
        void neverShowsMoreActionsReportedThanTheCaseHolds() {
            // an action added to the case after it opened is announced only by its progress
            var progress = RemedyCaseProgress.opened(1);
            progress = progress.actionCompleted(ActionProgress.unseen(UUID.randomUUID()), true).progress();
            progress = progress.actionOverdue(ActionProgress.unseen(UUID.randomUUID())).progress();
            assertThat(progress.actionCount()).isEqualTo(2);
        }
    }

    @Nested
    class AnActionFoundOverdue {

        @Test
        void countsItOverdueNow() {
            var applied = OPENED.actionOverdue(ActionProgress.unseen(ACTION));
            assertThat(applied.progress().overdue()).isEqualTo(1);
            assertThat(applied.action().state()).isEqualTo(ActionState.OVERDUE);
        }

        @Test
        void countsTheSameActionOverdueTwiceOnce() {
            var first = OPENED.actionOverdue(ActionProgress.unseen(ACTION));
            var again = first.progress().actionOverdue(first.action());
            assertThat(again.changed()).isFalse();
            assertThat(again.progress().overdue()).isEqualTo(1);
        }

        @Test
        void doesNotMakeACompletedActionOverdueAgain() {
            var completed = OPENED.actionCompleted(ActionProgress.unseen(ACTION), true);
            var late = completed.progress().actionOverdue(completed.action());
            assertThat(late.changed()).isFalse();
            assertThat(late.progress().overdue()).isZero();
            assertThat(late.action().state()).isEqualTo(ActionState.COMPLETED);
        }
    }

    @Nested
    class APaymentRecorded {

        @Test
        void refusesATotalBeyondAnyRealPaymentRatherThanWrappingTheCaseTotal() {
            var first = OPENED.paymentRecorded(ActionProgress.unseen(ACTION), 50_000);
            var other = ActionProgress.unseen(UUID.randomUUID());
            assertThatThrownBy(() -> first.progress().paymentRecorded(other, Long.MAX_VALUE))
                    .isInstanceOfSatisfying(RuleViolation.class,
                            violation -> assertThat(violation.rule()).isEqualTo("remedy-progress.implausible-amount"));
            assertThat(first.progress().paymentRecorded(other, Bounds.MAX_AMOUNT_PENCE).progress().paidPence())
                    .isEqualTo(50_000 + Bounds.MAX_AMOUNT_PENCE);
        }

        @Test
        void addsWhatWasPaidOnTheActionToTheCase() {
            var first = OPENED.paymentRecorded(ActionProgress.unseen(ACTION), 10_000);
            var second = first.progress().paymentRecorded(first.action(), 25_000);
            assertThat(second.progress().paidPence()).isEqualTo(25_000);
            assertThat(second.action().paidPence()).isEqualTo(25_000);
        }

        @Test
        void sumsThePaymentsOfSeveralActions() {
            var first = OPENED.paymentRecorded(ActionProgress.unseen(ACTION), 10_000);
            var other = first.progress().paymentRecorded(ActionProgress.unseen(UUID.randomUUID()), 5_000);
            assertThat(other.progress().paidPence()).isEqualTo(15_000);
        }

        @Test
        void addsNothingForTheSamePaymentReportedAgainOrAnOlderTotalArrivingLate() {
            var paid = OPENED.paymentRecorded(ActionProgress.unseen(ACTION), 25_000);
            assertThat(paid.progress().paymentRecorded(paid.action(), 25_000).changed()).isFalse();
            var older = paid.progress().paymentRecorded(paid.action(), 10_000);
            assertThat(older.changed()).isFalse();
            assertThat(older.progress().paidPence()).isEqualTo(25_000);
        }
    }

    @Nested
    class TheCaseCompleted {

        @Test
        void isCompleteOnTheDayItsLastActionWasCompleted() {
            var completed = OPENED.caseCompleted(LocalDate.of(2026, 12, 18), 3);
            assertThat(completed.complete()).isTrue();
            assertThat(completed.completedOn()).isEqualTo(LocalDate.of(2026, 12, 18));
        }

        @Test
        void keepsTheFirstCompletionDateWhenReportedAgain() {
            var completed = OPENED.caseCompleted(LocalDate.of(2026, 12, 18), 3)
                    .caseCompleted(LocalDate.of(2027, 1, 4), 3);
            assertThat(completed.completedOn()).isEqualTo(LocalDate.of(2026, 12, 18));
        }

        @Test
        void takesTheActionCountFromTheCompletionWhichCountsActionsAddedLater() {
            assertThat(OPENED.caseCompleted(LocalDate.of(2026, 12, 18), 4).actionCount()).isEqualTo(4);
        }

        @Test
        void isOpenUntilThen() {
            assertThat(OPENED.complete()).isFalse();
            assertThat(OPENED.completedOn()).isNull();
        }
    }
}
