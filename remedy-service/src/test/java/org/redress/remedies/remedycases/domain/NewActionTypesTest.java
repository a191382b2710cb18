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
import org.redress.contracts.events.ReassessmentRequested;
import org.redress.contracts.events.RemedyActionCompleted;
import org.redress.contracts.events.RemedyActionCreated;

/** What councils agree beyond a child's reassessment: a carer's assessment, a financial remedy, a service in place. */
class NewActionTypesTest {

    private static final LocalDate DECIDED = LocalDate.of(2026, 9, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static AgreedActionTerms carers(String personRef, CarerType carerType) {
        return new AgreedActionTerms("A1", ActionType.CARERS_ASSESSMENT, "P1M", null, null, null, null, List.of(),
                personRef, carerType);
    }

    private static AgreedActionTerms serviceFor(String ref, String childRef, String period) {
        return new AgreedActionTerms(ref, ActionType.PUT_SERVICE_IN_PLACE, period, null, null, null, null, List.of(),
                childRef, null);
    }

    private static AgreedActionTerms considerPayment() {
        return new AgreedActionTerms("A7", ActionType.CONSIDER_FINANCIAL_REMEDY, "P1M", null, null,
                "Consider a payment for the short breaks missed", "Head of Service", List.of());
    }

    @Nested
    class ACarersAssessment {

        @Test
        void asksAssessmentServiceForTheNamedCarersAssessmentInTheFirstChildsFamily() {
            var opening = open(decidedOn(DECIDED, List.of("CR-104233", "CR-104234"),
                    carers("AR-220871", CarerType.PARENT_CARER)));

            List<ReassessmentRequested> asked = opening.events().stream()
                    .filter(ReassessmentRequested.class::isInstance).map(ReassessmentRequested.class::cast).toList();
            assertThat(asked).hasSize(1);
            assertThat(asked.get(0).assessmentType()).isEqualTo("PARENT_CARER");
            assertThat(asked.get(0).carerRef()).isEqualTo("AR-220871");
            assertThat(asked.get(0).childRef()).isEqualTo("CR-104233");
            assertThat(asked.get(0).dueDate()).isEqualTo(LocalDate.of(2026, 10, 1));
        }

        @Test
        void needsTheCarerAndTheKindOfCarer() {
            assertBreaks(() -> open(decidedOn(DECIDED, List.of("CR-1"), carers(null, CarerType.YOUNG_CARER))),
                    "remedy.action-without-person", "actions[0].personRef");
            assertBreaks(() -> open(decidedOn(DECIDED, List.of("CR-1"), carers("AR-220871", null))),
                    "remedy.carers-assessment-without-carer-type", "actions[0].carerType");
            assertBreaks(() -> open(decidedOn(DECIDED, List.of("CR-1"), carers("AR 220871!", CarerType.YOUNG_CARER))),
                    "remedy.person-ref-invalid", "actions[0].personRef");
        }

        @Test
        void needsAChildWhoseFamilyItIsIn() {
            assertBreaks(() -> open(decidedOn(DECIDED, List.of(), carers("AR-220871", CarerType.PARENT_CARER))),
                    "remedy.carers-assessment-without-child", "childReferences");
        }

        @Test
        void isCompleteWhenTheOneAssessmentComesBackThoughTheCaseHasTwoChildren() {
            var remedyCase = open(decidedOn(DECIDED, List.of("CR-104233", "CR-104234"),
                    carers("AR-220871", CarerType.PARENT_CARER))).remedyCase();
            UUID action = remedyCase.actions().get(0).id();

            Change change = remedyCase.reassessmentCompleted(action, "ASM-2026-000090-1", LocalDate.of(2026, 10, 3), 0,
                    TODAY);

            assertThat(change.remedyCase().action(action).status()).isEqualTo(ActionStatus.COMPLETED);
            assertThat(change.remedyCase().action(action).completedOn()).isEqualTo(LocalDate.of(2026, 10, 3));
            assertThat(change.timeline().get(0).evidenceRefs()).containsExactly("assessment:ASM-2026-000090-1");
        }
    }

    @Nested
    class APersonOrACarerTypeOnAnotherAction {

        @Test
        void isRefusedNamingTheField() {
            assertBreaks(() -> open(decidedOn(DECIDED, List.of(), new AgreedActionTerms("A1", ActionType.APOLOGY, "P4W",
                    null, null, null, null, List.of(), "CR-104233", null))),
                    "remedy.person-on-other-action", "actions[0].personRef");
            assertBreaks(() -> open(decidedOn(DECIDED, List.of(), new AgreedActionTerms("A1",
                    ActionType.PUT_SERVICE_IN_PLACE, "P6W", null, null, null, null, List.of(), "CR-104233",
                    CarerType.YOUNG_CARER))),
                    "remedy.carer-type-on-other-action", "actions[0].carerType");
        }
    }

    @Nested
    class AFinancialRemedyConsidered {

        private final RemedyCase remedyCase = open(decidedOn(DECIDED, List.of(), considerPayment())).remedyCase();
        private final UUID action = remedyCase.actions().get(0).id();

        @Test
        void awardedAddsAPaymentForTheAmountAndCompletesOnTheDayDecided() {
            UUID payment = UUID.randomUUID();
            Change change = remedyCase.decideFinancialRemedy(action, FinancialRemedyDecision.of(
                    FinancialRemedyDecision.Outcome.AWARDED, 45_000L, null, LocalDate.of(2026, 9, 20), "officer-7"),
                    payment, TODAY);

            RemedyAction considered = change.remedyCase().action(action);
            assertThat(considered.status()).isEqualTo(ActionStatus.COMPLETED);
            assertThat(considered.completedOn()).isEqualTo(LocalDate.of(2026, 9, 20));
            assertThat(considered.financialRemedy().decidedBy()).isEqualTo("officer-7");
            assertThat(considered.financialRemedy().paymentActionId()).isEqualTo(payment);
            RemedyAction paid = change.remedyCase().action(payment);
            assertThat(paid.type()).isEqualTo(ActionType.PAYMENT);
            assertThat(paid.amountPence()).isEqualTo(45_000L);
            assertThat(paid.actionRef()).isEqualTo("A7-PAY");
            assertThat(paid.agreedOn()).isEqualTo(LocalDate.of(2026, 9, 20));
            assertThat(paid.dueDate()).isEqualTo(LocalDate.of(2026, 10, 1));
            assertThat(paid.status()).isEqualTo(ActionStatus.OPEN);
            assertThat(change.remedyCase().complete()).isFalse();
            assertThat(change.events()).hasAtLeastOneElementOfType(RemedyActionCreated.class)
                    .hasAtLeastOneElementOfType(RemedyActionCompleted.class);
            assertThat(change.timeline()).extracting(TimelineEntry::kind)
                    .containsExactly(TimelineEntry.Kind.COMPLETED, TimelineEntry.Kind.ACTION_ADDED);
            assertThat(change.timeline().get(0).note())
                    .isEqualTo("financial remedy awarded: 45000 pence (recorded by officer-7)");
        }

        @Test
        void notAwardedNeedsTheReasonAndCompletesTheCase() {
            assertBreaks(() -> remedyCase.decideFinancialRemedy(action, FinancialRemedyDecision.of(
                    FinancialRemedyDecision.Outcome.NOT_AWARDED, null, " ", LocalDate.of(2026, 9, 20), "officer-7"),
                    UUID.randomUUID(), TODAY), "remedy.no-award-without-reason", "reason");

            Change change = remedyCase.decideFinancialRemedy(action, FinancialRemedyDecision.of(
                    FinancialRemedyDecision.Outcome.NOT_AWARDED, null, "Made up in the holidays",
                    LocalDate.of(2026, 9, 20), "officer-7"), UUID.randomUUID(), TODAY);

            assertThat(change.remedyCase().actions()).hasSize(1);
            assertThat(change.remedyCase().complete()).isTrue();
            assertThat(change.timeline().get(0).note())
                    .isEqualTo("financial remedy not awarded: Made up in the holidays (recorded by officer-7)");
        }

        @Test
        void anAwardIsBoundedLikeAPayment() {
            assertBreaks(() -> decide(FinancialRemedyDecision.Outcome.AWARDED, null, null),
                    "remedy.award-without-amount", "amountPence");
            assertBreaks(() -> decide(FinancialRemedyDecision.Outcome.AWARDED, 0L, null),
                    "remedy.award-amount-out-of-range", "amountPence");
            assertBreaks(() -> decide(FinancialRemedyDecision.Outcome.AWARDED, org.redress.contracts.Bounds.MAX_AMOUNT_PENCE + 1, null),
                    "remedy.award-amount-out-of-range", "amountPence");
            assertBreaks(() -> decide(FinancialRemedyDecision.Outcome.NOT_AWARDED, 100L, "no"),
                    "remedy.amount-on-no-award", "amountPence");
            assertBreaks(() -> decide(FinancialRemedyDecision.Outcome.NOT_AWARDED, null, "x".repeat(10_001)),
                    "remedy.text-too-long", "reason");
        }

        @Test
        void isNotCompletedWithoutADecision() {
            assertBreaks(() -> remedyCase.complete(action, new Completion(LocalDate.of(2026, 9, 20), null, List.of("X")),
                    TODAY), "remedy.financial-remedy-without-decision", "actionId");
        }

        private void decide(FinancialRemedyDecision.Outcome outcome, Long amount, String reason) {
            remedyCase.decideFinancialRemedy(action, FinancialRemedyDecision.of(outcome, amount, reason,
                    LocalDate.of(2026, 9, 20), "officer-7"), UUID.randomUUID(), TODAY);
        }
    }

    @Nested
    class AServicePutInPlace {

        @Test
        void needsTheChild() {
            assertBreaks(() -> open(decidedOn(DECIDED, List.of(), serviceFor("A6", null, "P6W"))),
                    "remedy.action-without-person", "actions[0].personRef");
        }

        @Test
        void isCompletedForThatChildOnTheDayProvisionStartedLateOrOnTime() {
            var remedyCase = open(decidedOn(DECIDED, List.of("CR-104233", "CR-104234"),
                    serviceFor("A1", "CR-104233", "P2W"), serviceFor("A2", "CR-104233", "P6W"),
                    serviceFor("A3", "CR-104234", "P6W"))).remedyCase();
            UUID provision = UUID.randomUUID();

            // due 15 Sep and 13 Oct; the short breaks started on 1 Oct
            Change change = remedyCase.provisionStarted("CR-104233", provision, LocalDate.of(2026, 10, 1), TODAY);

            List<RemedyAction> actions = change.remedyCase().actions();
            assertThat(actions).extracting(RemedyAction::status).containsExactly(ActionStatus.COMPLETED,
                    ActionStatus.COMPLETED, ActionStatus.OPEN);
            assertThat(actions.get(0).completedOnTime()).isFalse();
            assertThat(actions.get(1).completedOnTime()).isTrue();
            assertThat(change.timeline()).extracting(TimelineEntry::on).containsOnly(LocalDate.of(2026, 10, 1));
            assertThat(change.timeline().get(0).evidenceRefs()).containsExactly("provision:" + provision);
            assertThat(change.events()).extracting(e -> ((RemedyActionCompleted) e).onTime()).containsExactly(false, true);
        }

        @Test
        void isNotCompletedByProvisionThatStartedBeforeItWasAgreedNorForAnotherChild() {
            var remedyCase = open(decidedOn(DECIDED, List.of("CR-104233"), serviceFor("A1", "CR-104233", "P6W")))
                    .remedyCase();
            assertThat(remedyCase.provisionStarted("CR-104233", UUID.randomUUID(), DECIDED.minusDays(1), TODAY)).isNull();
            assertThat(remedyCase.provisionStarted("CR-999999", UUID.randomUUID(), DECIDED, TODAY)).isNull();
        }

        @Test
        void isCompletedByHandOnlyWithEvidence() {
            var remedyCase = open(decidedOn(DECIDED, List.of("CR-104233"), serviceFor("A1", "CR-104233", "P6W")))
                    .remedyCase();
            UUID action = remedyCase.actions().get(0).id();
            assertBreaks(() -> remedyCase.complete(action, new Completion(DECIDED, null, List.of()), TODAY),
                    "remedy.service-in-place-without-evidence", "evidenceRefs");
            assertThat(remedyCase.complete(action, new Completion(DECIDED, null, List.of("CONTRACT-88")), TODAY)
                    .remedyCase().complete()).isTrue();
        }
    }
}
