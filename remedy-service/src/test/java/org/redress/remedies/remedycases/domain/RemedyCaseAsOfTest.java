package org.redress.remedies.remedycases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redress.remedies.remedycases.domain.RemedyCaseTest.decidedOn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;
import org.redress.remedies.remedycases.domain.Payment.PaymentKind;

/** A remedy case read as it stood at the end of a past day, from its own record. */
class RemedyCaseAsOfTest {

    private static final LocalDate DECIDED = LocalDate.of(2026, 9, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    /** Due 29 September (four weeks), 1 October (a month). */
    private final List<TimelineEntry> timeline = new ArrayList<>();
    private RemedyCase remedyCase;

    private RemedyCaseAsOfTest() {
        var opening = RemedyCase.open(UUID.randomUUID(), RemedyCaseTest.REFERENCE, decidedOn(DECIDED, List.of(),
                new AgreedActionTerms("A1", ActionType.APOLOGY, "P4W", null, null),
                new AgreedActionTerms("A2", ActionType.PAYMENT, "P1M", 30_000L, null)), TODAY, UUID::randomUUID);
        remedyCase = opening.remedyCase();
        timeline.addAll(opening.timeline());
    }

    private UUID apology() {
        return remedyCase.actions().get(0).id();
    }

    private UUID payment() {
        return remedyCase.actions().get(1).id();
    }

    private void apply(Change change) {
        remedyCase = change.remedyCase();
        timeline.addAll(change.timeline());
    }

    private RemedyAction asOf(LocalDate day, UUID action) {
        return RemedyCaseAsOf.asOf(remedyCase, timeline, day).action(action);
    }

    @Nested
    class AnActionCompletedLate {

        @Test
        void isOpenAndOverdueOnADayBeforeItWasCompletedAndCompletedFromThatDay() {
            apply(remedyCase.complete(apology(), new Completion(LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 8),
                    List.of()), TODAY));

            RemedyAction onTheDueDate = asOf(LocalDate.of(2026, 9, 29), apology());
            assertThat(onTheDueDate.statusOn(LocalDate.of(2026, 9, 29))).isEqualTo(ActionStatus.OPEN);
            RemedyAction before = asOf(LocalDate.of(2026, 10, 5), apology());
            assertThat(before.statusOn(LocalDate.of(2026, 10, 5))).isEqualTo(ActionStatus.OVERDUE);
            assertThat(before.overdueOn(LocalDate.of(2026, 10, 5))).isTrue();
            assertThat(before.completedOn()).isNull();
            RemedyAction onTheDay = asOf(LocalDate.of(2026, 10, 9), apology());
            assertThat(onTheDay.statusOn(LocalDate.of(2026, 10, 9))).isEqualTo(ActionStatus.COMPLETED);
            assertThat(onTheDay.completedOn()).isEqualTo(LocalDate.of(2026, 10, 9));
            assertThat(RemedyCaseAsOf.asOf(remedyCase, timeline, LocalDate.of(2026, 10, 5)).complete()).isFalse();
        }

        @Test
        void isInProgressOnlyFromTheDayProgressWasRecorded() {
            apply(remedyCase.recordProgress(apology(), "draft with the Director", List.of(), LocalDate.of(2026, 9, 10)));
            assertThat(asOf(LocalDate.of(2026, 9, 9), apology()).status()).isEqualTo(ActionStatus.OPEN);
            assertThat(asOf(LocalDate.of(2026, 9, 10), apology()).status()).isEqualTo(ActionStatus.IN_PROGRESS);
        }
    }

    @Nested
    class APayment {

        @Test
        void showsWhatHadBeenPaidByTheDay() {
            apply(remedyCase.recordPayment(payment(), new Payment(PaymentKind.DISTRESS, LocalDate.of(2026, 9, 20),
                    10_000, "AP-1"), TODAY));
            apply(remedyCase.recordPayment(payment(), new Payment(PaymentKind.DISTRESS, LocalDate.of(2026, 10, 20),
                    20_000, "AP-2"), TODAY));

            assertThat(asOf(LocalDate.of(2026, 9, 19), payment()).paidPence()).isZero();
            RemedyAction partPaid = asOf(LocalDate.of(2026, 10, 19), payment());
            assertThat(partPaid.paidPence()).isEqualTo(10_000);
            assertThat(partPaid.shortfallPence()).isEqualTo(20_000);
            assertThat(partPaid.statusOn(LocalDate.of(2026, 10, 19))).isEqualTo(ActionStatus.OVERDUE);
            RemedyAction paid = asOf(LocalDate.of(2026, 10, 20), payment());
            assertThat(paid.paidPence()).isEqualTo(30_000);
            assertThat(paid.status()).isEqualTo(ActionStatus.COMPLETED);
        }
    }

    @Nested
    class LeavesOut {

        @Test
        void anActionAgreedAfterTheDay() {
            UUID later = UUID.randomUUID();
            apply(remedyCase.agreeLater(later, new AgreedActionTerms("A3", ActionType.NAMED_CONTACT, "P1M", null, null),
                    LocalDate.of(2026, 10, 1), TODAY));

            assertThat(RemedyCaseAsOf.asOf(remedyCase, timeline, LocalDate.of(2026, 9, 30)).actions())
                    .extracting(RemedyAction::actionRef).containsExactly("A1", "A2");
            assertThat(RemedyCaseAsOf.asOf(remedyCase, timeline, LocalDate.of(2026, 10, 1)).actions())
                    .extracting(RemedyAction::actionRef).containsExactly("A1", "A2", "A3");
        }

        @Test
        void theWholeCaseOnADayBeforeItsDecisionAsNotFound() {
            assertThatThrownBy(() -> RemedyCaseAsOf.asOf(remedyCase, timeline, DECIDED.minusDays(1)))
                    .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                        assertThat(violation.rule()).isEqualTo("remedy.case-not-yet-decided");
                        assertThat(violation.field()).isEqualTo("asOf");
                        assertThat(violation.kind()).isEqualTo(ProblemKind.NOT_FOUND);
                    });
        }
    }

    @Nested
    class AComputedPayment {

        @Test
        void awaitsConfirmationUntilTheDayAPersonConfirmedIt() {
            var opening = RemedyCase.open(UUID.randomUUID(), RemedyCaseTest.REFERENCE, new NewRemedyCase(
                    RemedySource.MISSED_PROVISION, null, null, UUID.randomUUID(), DECIDED, List.of("CR-1"),
                    List.of(new AgreedActionTerms("MP-1", ActionType.PAYMENT, "P1M", 5_000L, null))), TODAY,
                    UUID::randomUUID);
            remedyCase = opening.remedyCase();
            timeline.clear();
            timeline.addAll(opening.timeline());
            UUID action = remedyCase.actions().get(0).id();
            apply(remedyCase.confirm(action, LocalDate.of(2026, 9, 15)));

            assertThat(asOf(LocalDate.of(2026, 9, 14), action).status()).isEqualTo(ActionStatus.AWAITING_CONFIRMATION);
            assertThat(asOf(LocalDate.of(2026, 9, 15), action).status()).isEqualTo(ActionStatus.OPEN);
        }
    }

    @Nested
    class TheSweep {

        @Test
        void putsAnActionOnTheTimelineAsOverdueFromTheDayAfterItsDueDateHoweverLateItRan() {
            // due 29 September; the sweep did not run until 3 October
            Change marked = remedyCase.markOverdue(apology(), LocalDate.of(2026, 10, 3));
            assertThat(marked.timeline()).extracting(TimelineEntry::on).containsExactly(LocalDate.of(2026, 9, 30));
        }
    }
}
