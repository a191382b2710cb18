package org.redress.remedies.remedycases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.remedies.remedycases.domain.RemedyCaseTest.assertBreaks;
import static org.redress.remedies.remedycases.domain.RemedyCaseTest.decidedOn;
import static org.redress.remedies.remedycases.domain.RemedyCaseTest.open;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redress.contracts.events.RemedyActionCompleted;

class AssessmentOutcomesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Nested
    class AReassessment {

        private final RemedyCase twoChildren = open(decidedOn(LocalDate.of(2026, 9, 1), List.of("CR-1", "CR-2"),
                new AgreedActionTerms("A1", ActionType.REASSESSMENT, "P3M", null, null))).remedyCase();
        private final UUID action = twoChildren.actions().get(0).id();

        @Test
        void isCompleteOnlyWhenEveryChildsAssessmentIsBackWithThemAsEvidence() {
            Change first = twoChildren.reassessmentCompleted(action, "ASM-1", LocalDate.of(2026, 10, 1), 0, TODAY);
            assertThat(first.remedyCase().action(action).status()).isEqualTo(ActionStatus.IN_PROGRESS);
            assertThat(first.events()).isEmpty();

            Change second = first.remedyCase().reassessmentCompleted(action, "ASM-2", LocalDate.of(2026, 10, 8), 1, TODAY);
            assertThat(second.remedyCase().action(action).completedOn()).isEqualTo(LocalDate.of(2026, 10, 8));
            assertThat(second.timeline().get(0).evidenceRefs()).containsExactly("assessment:ASM-2");
            assertThat(second.events().get(0)).isInstanceOf(RemedyActionCompleted.class);
        }

        @Test
        void cannotHaveBeenCompletedBeforeTheDecisionAskedForItOrAfterToday() {
            assertBreaks(() -> twoChildren.reassessmentCompleted(action, "ASM-1", LocalDate.of(1, 1, 1), 0, TODAY),
                    "remedy.date-before-decision", "completedDate");
            assertBreaks(() -> twoChildren.reassessmentCompleted(action, "ASM-1", TODAY.plusDays(1), 0, TODAY),
                    "remedy.date-in-future", "completedDate");
        }

        @Test
        void isTheOnlyActionAnAssessmentCanComplete() {
            RemedyCase apology = open(decidedOn(LocalDate.of(2026, 9, 1), List.of(),
                    new AgreedActionTerms("A1", ActionType.APOLOGY, "P4W", null, null))).remedyCase();
            assertBreaks(() -> apology.reassessmentCompleted(apology.actions().get(0).id(), "ASM-1",
                    LocalDate.of(2026, 10, 1), 0, TODAY), "remedy.not-a-reassessment", "remedyActionId");
        }
    }

    @Nested
    class MissedProvision {

        private final RemedyCase missed = RemedyCase.open(UUID.randomUUID(), RemedyCaseTest.REFERENCE,
                new NewRemedyCase(RemedySource.MISSED_PROVISION, null, null, UUID.randomUUID(), TODAY, List.of("CR-9"),
                        List.of(new AgreedActionTerms("MP-1", ActionType.PAYMENT, "P1M", 69_000L, null))),
                TODAY, UUID::randomUUID).remedyCase();

        @Test
        void waitsForAPersonToConfirmTheComputedAmount() {
            assertThat(missed.actions().get(0).status()).isEqualTo(ActionStatus.AWAITING_CONFIRMATION);
            assertBreaks409(missed);
            Change confirmed = missed.confirm(missed.actions().get(0).id(), TODAY);
            assertThat(confirmed.remedyCase().actions().get(0).status()).isEqualTo(ActionStatus.OPEN);
        }

        @Test
        void addsALaterProvisionToTheSameCase() {
            Change added = missed.addAction(UUID.randomUUID(),
                    new AgreedActionTerms("MP-2", ActionType.PAYMENT, "P1M", 10_000L, null), TODAY);
            assertThat(added.remedyCase().actions()).extracting(RemedyAction::status)
                    .containsOnly(ActionStatus.AWAITING_CONFIRMATION);
            assertBreaks(() -> added.remedyCase().addAction(UUID.randomUUID(),
                    new AgreedActionTerms("MP-2", ActionType.PAYMENT, "P1M", 10_000L, null), TODAY),
                    "remedy.duplicate-action-ref", "actionRef");
        }

        @Test
        void acceptsAPaymentMadeAfterTheProvisionStartedThoughBeforeTheCaseWasRecorded() {
            // the provision started on 1 Oct; the case was recorded on 25 Nov with that day as its decision date
            LocalDate started = LocalDate.of(2026, 10, 1);
            RemedyCase lateNews = RemedyCase.open(UUID.randomUUID(), RemedyCaseTest.REFERENCE,
                    new NewRemedyCase(RemedySource.MISSED_PROVISION, null, null, UUID.randomUUID(), started,
                            List.of("CR-9"), List.of(new AgreedActionTerms("MP-1", ActionType.PAYMENT, "P1M", 69_000L, null))),
                    TODAY, UUID::randomUUID).remedyCase();
            UUID payment = lateNews.actions().get(0).id();
            RemedyCase confirmed = lateNews.confirm(payment, TODAY).remedyCase();

            Change paid = confirmed.recordPayment(payment,
                    new Payment(Payment.PaymentKind.MISSED_PROVISION, LocalDate.of(2026, 10, 20), 69_000, "AP-1"), TODAY);

            assertThat(paid.remedyCase().action(payment).status()).isEqualTo(ActionStatus.COMPLETED);
            assertThat(paid.remedyCase().action(payment).completedOnTime()).isTrue();
            assertBreaks(() -> confirmed.recordPayment(payment,
                    new Payment(Payment.PaymentKind.MISSED_PROVISION, started.minusDays(1), 69_000, "AP-1"), TODAY),
                    "remedy.date-before-decision", "paidOn");
        }

        private void assertBreaks409(RemedyCase remedyCase) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> remedyCase.recordPayment(
                    remedyCase.actions().get(0).id(),
                    new Payment(Payment.PaymentKind.MISSED_PROVISION, TODAY, 100, "AP-1"), TODAY))
                    .hasMessageContaining("not yet confirmed");
        }
    }
}
