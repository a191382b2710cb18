package org.redress.remedies.remedycases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redress.remedies.remedycases.domain.RemedyCaseTest.assertBreaks;
import static org.redress.remedies.remedycases.domain.RemedyCaseTest.decidedOn;
import static org.redress.remedies.remedycases.domain.RemedyCaseTest.open;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redress.contracts.events.RemedyActionCompleted;
import org.redress.contracts.events.RemedyActionOverdue;
import org.redress.contracts.events.RemedyCaseCompleted;
import org.redress.contracts.events.RemedyPaymentRecorded;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;
import org.redress.remedies.remedycases.domain.Payment.PaymentKind;

class RemedyActionProgressTest {

    private static final LocalDate DECIDED = LocalDate.of(2026, 9, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final AgreedActionTerms APOLOGY = new AgreedActionTerms("A1", ActionType.APOLOGY, "P4W", null, null);
    private static final AgreedActionTerms PAYMENT = new AgreedActionTerms("A2", ActionType.PAYMENT, "P1M", 69_000L, null);
    private static final AgreedActionTerms TRAINING = new AgreedActionTerms("A3", ActionType.SERVICE_IMPROVEMENT, "P3M",
            null, "carer-assessments");

    private static RemedyCase caseWith(AgreedActionTerms... actions) {
        return open(decidedOn(DECIDED, List.of(), actions)).remedyCase();
    }

    private static Payment payment(long pence) {
        return new Payment(PaymentKind.MISSED_PROVISION, LocalDate.of(2026, 9, 20), pence, "AP-1");
    }

    @Nested
    class AnApology {

        @Test
        void isCompleteOnlyWithTheDateItWasSent() {
            RemedyCase remedyCase = caseWith(APOLOGY);
            var id = remedyCase.actions().get(0).id();
            assertBreaks(() -> remedyCase.complete(id, new Completion(LocalDate.of(2026, 9, 10), null, List.of()), TODAY),
                    "remedy.apology-without-date-sent", "apologySentOn");

            Change change = remedyCase.complete(id,
                    new Completion(LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 9), List.of()), TODAY);
            assertThat(change.remedyCase().action(id).status()).isEqualTo(ActionStatus.COMPLETED);
            assertThat(change.events()).hasSize(2);
            assertThat(change.events().get(0)).isInstanceOfSatisfying(RemedyActionCompleted.class,
                    e -> assertThat(e.onTime()).isTrue());
            assertThat(change.events().get(1)).isInstanceOf(RemedyCaseCompleted.class);
        }

        @Test
        void recordedLastButDoneFirstLeavesTheCaseCompleteOnTheLatestDay() {
            // the training done on 1 November is recorded first; the apology sent on 10 September is recorded after
            RemedyCase remedyCase = caseWith(APOLOGY, TRAINING);
            var apology = remedyCase.actions().get(0).id();
            var training = remedyCase.actions().get(1).id();
            RemedyCase trained = remedyCase.complete(training,
                    new Completion(LocalDate.of(2026, 11, 1), null, List.of("TRAINING-14")), TODAY).remedyCase();
            Change change = trained.complete(apology,
                    new Completion(LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 9), List.of()), TODAY);
            assertThat(change.events().get(1)).isInstanceOfSatisfying(RemedyCaseCompleted.class,
                    e -> assertThat(e.completedOn()).isEqualTo(LocalDate.of(2026, 11, 1)));
        }

        @Test
        void cannotBeCompletedTwice() {
            RemedyCase remedyCase = caseWith(APOLOGY, TRAINING);
            var id = remedyCase.actions().get(0).id();
            Completion done = new Completion(LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 9), List.of());
            RemedyCase after = remedyCase.complete(id, done, TODAY).remedyCase();
            assertThatThrownBy(() -> after.complete(id, done, TODAY)).isInstanceOfSatisfying(RuleViolation.class,
                    v -> assertThat(v.kind()).isEqualTo(ProblemKind.CONFLICT));
        }

        @Test
        void cannotHaveBeenSentAfterItWasCompleted() {
            RemedyCase remedyCase = caseWith(APOLOGY);
            assertBreaks(() -> remedyCase.complete(remedyCase.actions().get(0).id(),
                    new Completion(LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 11), List.of()), TODAY),
                    "remedy.apology-sent-after-completion", "apologySentOn");
        }

        @Test
        void cannotBeCompletedInTheFuture() {
            RemedyCase remedyCase = caseWith(APOLOGY);
            assertBreaks(() -> remedyCase.complete(remedyCase.actions().get(0).id(),
                    new Completion(TODAY.plusDays(1), LocalDate.of(2026, 9, 9), List.of()), TODAY),
                    "remedy.date-in-future", "completedOn");
        }
    }

    @Nested
    class AServiceImprovement {

        @Test
        void needsEvidenceToBeComplete() {
            RemedyCase remedyCase = caseWith(TRAINING);
            var id = remedyCase.actions().get(0).id();
            assertBreaks(() -> remedyCase.complete(id, new Completion(LocalDate.of(2026, 11, 1), null, List.of()), TODAY),
                    "remedy.service-improvement-without-evidence", "evidenceRefs");
            assertThat(remedyCase.complete(id, new Completion(LocalDate.of(2026, 11, 1), null, List.of("TRAINING-14")),
                    TODAY).remedyCase().complete()).isTrue();
        }
    }

    @Nested
    class ASharedDocument {

        @Test
        void needsAReferenceToWhatWasSharedToBeComplete() {
            RemedyCase remedyCase = caseWith(new AgreedActionTerms("A4", ActionType.SHARE_DOCUMENT, "P1M", null, null));
            var id = remedyCase.actions().get(0).id();
            assertBreaks(() -> remedyCase.complete(id, new Completion(LocalDate.of(2026, 9, 20), null, List.of()), TODAY),
                    "remedy.share-document-without-evidence", "evidenceRefs");
            assertThat(remedyCase.complete(id, new Completion(LocalDate.of(2026, 9, 20), null, List.of("DOC-88121")),
                    TODAY).remedyCase().complete()).isTrue();
        }
    }

    @Nested
    class EvidenceToTheOmbudsman {

        @Test
        void needsAReferenceToWhatWasSentToBeComplete() {
            RemedyCase remedyCase = caseWith(new AgreedActionTerms("A5", ActionType.EVIDENCE_TO_OMBUDSMAN, "P3M", null, null));
            var id = remedyCase.actions().get(0).id();
            assertBreaks(() -> remedyCase.complete(id, new Completion(LocalDate.of(2026, 11, 1), null, List.of()), TODAY),
                    "remedy.evidence-to-ombudsman-without-evidence", "evidenceRefs");
            assertThat(remedyCase.complete(id, new Completion(LocalDate.of(2026, 11, 1), null, List.of("LGSCO-EV-3")),
                    TODAY).remedyCase().complete()).isTrue();
        }
    }

    @Nested
    class APayment {

        @Test
        void leavesTheExactShortfallOpenWhenUnderpaid() {
            // £690.00 due, £542.25 paid: £147.75 still owed, and the action is not complete
            RemedyCase remedyCase = caseWith(PAYMENT);
            var id = remedyCase.actions().get(0).id();
            Change change = remedyCase.recordPayment(id, payment(54_225), TODAY);
            RemedyAction action = change.remedyCase().action(id);
            assertThat(action.shortfallPence()).isEqualTo(14_775);
            assertThat(action.status()).isEqualTo(ActionStatus.OPEN);
            assertThat(change.events()).singleElement().isInstanceOfSatisfying(RemedyPaymentRecorded.class,
                    e -> assertThat(e.shortfallPence()).isEqualTo(14_775));
        }

        @Test
        void completesWhenPaidInFull() {
            RemedyCase remedyCase = caseWith(PAYMENT, APOLOGY);
            var id = remedyCase.actions().get(0).id();
            RemedyCase part = remedyCase.recordPayment(id, payment(54_225), TODAY).remedyCase();
            Change rest = part.recordPayment(id, payment(14_775), TODAY);
            assertThat(rest.remedyCase().action(id).status()).isEqualTo(ActionStatus.COMPLETED);
            assertThat(rest.remedyCase().action(id).completedOn()).isEqualTo(LocalDate.of(2026, 9, 20));
            assertThat(rest.events()).extracting(e -> e.getClass().getSimpleName())
                    .containsExactly("RemedyPaymentRecorded", "RemedyActionCompleted"); // the apology is still open
        }

        @Test
        void cannotBeCompletedByHand() {
            RemedyCase remedyCase = caseWith(PAYMENT);
            assertBreaks(() -> remedyCase.complete(remedyCase.actions().get(0).id(),
                    new Completion(LocalDate.of(2026, 10, 1), null, List.of()), TODAY),
                    "remedy.payment-not-paid-in-full", "actionId");
        }

        @Test
        void cannotPayMoreThanIsOwed() {
            RemedyCase remedyCase = caseWith(PAYMENT);
            assertBreaks(() -> remedyCase.recordPayment(remedyCase.actions().get(0).id(), payment(69_001), TODAY),
                    "remedy.payment-exceeds-amount-due", "amountPence");
        }

        @Test
        void takesACalculationAsItsAmountDueButNeverBelowWhatWasPaid() {
            RemedyCase remedyCase = caseWith(PAYMENT);
            var id = remedyCase.actions().get(0).id();
            RemedyCase part = remedyCase.recordPayment(id, payment(54_225), TODAY).remedyCase();
            Change recalculated = part.setAmountDue(id, 70_000, "breakdown", TODAY);
            assertThat(recalculated.remedyCase().action(id).shortfallPence()).isEqualTo(15_775);
            assertThat(recalculated.timeline().get(0).note()).isEqualTo("breakdown");
            assertBreaks(() -> part.setAmountDue(id, 54_225, "breakdown", TODAY), "remedy.amount-due-not-above-paid",
                    "amountDuePence");
        }

        @Test
        void isOnlyMadeAgainstAPaymentAction() {
            RemedyCase remedyCase = caseWith(APOLOGY);
            assertBreaks(() -> remedyCase.recordPayment(remedyCase.actions().get(0).id(), payment(100), TODAY),
                    "remedy.payment-on-non-payment-action", "actionId");
        }
    }

    @Nested
    class Overdue {

        @Test
        void isMarkedTheDayAfterTheDueDateAndOnlyOnce() {
            RemedyCase remedyCase = caseWith(APOLOGY); // due 29 September 2026
            var id = remedyCase.actions().get(0).id();
            assertThat(remedyCase.markOverdue(id, LocalDate.of(2026, 9, 29))).isNull();
            Change change = remedyCase.markOverdue(id, LocalDate.of(2026, 9, 30));
            assertThat(change.remedyCase().action(id).status()).isEqualTo(ActionStatus.OVERDUE);
            assertThat(change.events()).singleElement().isInstanceOf(RemedyActionOverdue.class);
            assertThat(change.remedyCase().markOverdue(id, LocalDate.of(2026, 10, 1))).isNull();
        }

        @Test
        void stillCompletesLate() {
            RemedyCase overdue = caseWith(APOLOGY);
            var id = overdue.actions().get(0).id();
            Change late = overdue.markOverdue(id, LocalDate.of(2026, 9, 30)).remedyCase().complete(id,
                    new Completion(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 5), List.of()), TODAY);
            assertThat(late.events().get(0)).isInstanceOfSatisfying(RemedyActionCompleted.class,
                    e -> assertThat(e.onTime()).isFalse());
            assertThat(late.events().get(1)).isInstanceOfSatisfying(RemedyCaseCompleted.class,
                    e -> assertThat(e.lateActions()).isEqualTo(1));
        }
    }
}
