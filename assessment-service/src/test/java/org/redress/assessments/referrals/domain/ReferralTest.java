package org.redress.assessments.referrals.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redress.contracts.CaseReference;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;
import org.redress.statutorytime.ClockState;
import org.redress.statutorytime.WorkingDayCalendar;

class ReferralTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final CaseReference REFERENCE = new CaseReference(Referral.REFERENCE_PREFIX, 2024, 17);

    private static NewReferral receivedOn(LocalDate received, List<NeedDomain> concerns) {
        return new NewReferral("CR-104233", received, ReferrerType.SCHOOL, concerns);
    }

    private static Referral.Receipt receive(NewReferral details, LocalDate today) {
        return Referral.receive(UUID.randomUUID(), REFERENCE, details, today, CALENDAR);
    }

    @Nested
    class TheDecisionOnTheTypeOfResponse {

        @Test
        void isDueOneWorkingDayAfterReceiptSkippingTheEasterBankHolidays() {
            // Thu 28 Mar 2024 + 1 working day: Good Friday 29 Mar, the weekend and Easter Monday
            // 1 Apr are not working days, so the decision is due Tuesday 2 Apr 2024
            var receipt = receive(receivedOn(LocalDate.of(2024, 3, 28), List.of()), LocalDate.of(2024, 3, 28));
            assertThat(receipt.referral().decisionDueDate()).isEqualTo(LocalDate.of(2024, 4, 2));
            assertThat(receipt.event().decisionDueDate()).isEqualTo(LocalDate.of(2024, 4, 2));
        }

        @Test
        void isDueTheNextWorkingDayOnAnOrdinaryWeekday() {
            var receipt = receive(receivedOn(LocalDate.of(2026, 11, 25), List.of()), LocalDate.of(2026, 11, 25));
            assertThat(receipt.referral().decisionDueDate()).isEqualTo(LocalDate.of(2026, 11, 26));
        }

        @Test
        void isOverdueTheDayAfterItIsDueWhileNoDecisionIsRecorded() {
            Referral referral = receive(receivedOn(LocalDate.of(2024, 3, 28), List.of()), LocalDate.of(2024, 3, 28))
                    .referral();
            assertThat(referral.decisionClock().snapshotOn(LocalDate.of(2024, 4, 2)).state())
                    .isEqualTo(ClockState.DUE_SOON);
            assertThat(referral.decisionClock().snapshotOn(LocalDate.of(2024, 4, 3)).state())
                    .isEqualTo(ClockState.OVERDUE);
        }

        @Test
        void cannotBeExtended() {
            Referral referral = receive(receivedOn(LocalDate.of(2024, 3, 28), List.of()), LocalDate.of(2024, 3, 28))
                    .referral();
            assertThat(referral.decisionClock().maximumLimit()).isEqualTo(ReferralDecisionTimescale.WORKING_DAYS);
        }
    }

    @Nested
    class Receiving {

        @Test
        void announcesTheReferralWithCodesAndDatesOnly() {
            var receipt = receive(receivedOn(LocalDate.of(2026, 11, 20), List.of(NeedDomain.HOUSING)),
                    LocalDate.of(2026, 11, 25));
            assertThat(receipt.event().referralId()).isEqualTo(receipt.referral().id());
            assertThat(receipt.event().reference()).isEqualTo(REFERENCE.toString());
            assertThat(receipt.event().childRef()).isEqualTo("CR-104233");
            assertThat(receipt.event().receivedDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        }

        @Test
        void keepsEachConcernOnceInTheOrderGiven() {
            var details = receivedOn(LocalDate.of(2026, 11, 20),
                    List.of(NeedDomain.HOUSING, NeedDomain.HEALTH, NeedDomain.HOUSING));
            assertThat(details.concerns()).containsExactly(NeedDomain.HOUSING, NeedDomain.HEALTH);
        }

        @Test
        void treatsMissingConcernsAsNone() {
            assertThat(receivedOn(LocalDate.of(2026, 11, 20), null).concerns()).isEmpty();
        }

        @Test
        void acceptsAReferralReceivedToday() {
            var receipt = receive(receivedOn(LocalDate.of(2026, 11, 25), List.of()), LocalDate.of(2026, 11, 25));
            assertThat(receipt.referral().details().receivedDate()).isEqualTo(LocalDate.of(2026, 11, 25));
        }

        @Test
        void refusesAReferralReceivedAfterToday() {
            assertThatThrownBy(() -> receive(receivedOn(LocalDate.of(2026, 11, 26), List.of()),
                    LocalDate.of(2026, 11, 25)))
                    .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                        assertThat(violation.rule()).isEqualTo("referral.received-date-in-future");
                        assertThat(violation.kind()).isEqualTo(ProblemKind.UNPROCESSABLE);
                        assertThat(violation.field()).isEqualTo("receivedDate");
                    });
        }
    }

    @Nested
    class DecidingTheTypeOfResponse {

        private final List<AssessmentStarter.ReferralForAssessment> opened = new java.util.ArrayList<>();
        private final UUID assessmentId = UUID.randomUUID();
        private final AssessmentStarter starter = (referral, today) -> {
            opened.add(referral);
            return assessmentId;
        };

        private Referral receivedThursday28March2024(boolean disabled) {
            NewReferral details = new NewReferral("CR-104233", LocalDate.of(2024, 3, 28), ReferrerType.SCHOOL,
                    List.of(), disabled, ReferralReason.CHILD_DISABILITY_OR_ILLNESS);
            return receive(details, LocalDate.of(2024, 3, 28)).referral();
        }

        @Test
        void aDecisionOnTheDueDateMeetsTheClock() {
            Referral decided = receivedThursday28March2024(false)
                    .decide(ReferralDecision.EARLY_HELP, LocalDate.of(2024, 4, 2), LocalDate.of(2024, 4, 2), starter);
            assertThat(decided.decision()).contains(ReferralDecision.EARLY_HELP);
            assertThat(decided.decisionClock().snapshotOn(LocalDate.of(2024, 4, 20)).state()).isEqualTo(ClockState.MET);
        }

        @Test
        void anEarlyHelpDecisionOpensAnEarlyHelpAssessmentFromTheReferralDate() {
            Referral decided = receivedThursday28March2024(false)
                    .decide(ReferralDecision.EARLY_HELP, LocalDate.of(2024, 4, 2), LocalDate.of(2024, 4, 2), starter);
            assertThat(decided.assessmentId()).contains(assessmentId);
            assertThat(opened).singleElement().satisfies(referral -> {
                assertThat(referral.decision()).isEqualTo(ReferralDecision.EARLY_HELP);
                assertThat(referral.receivedDate()).isEqualTo(LocalDate.of(2024, 3, 28));
            });
        }

        @Test
        void noFurtherActionOpensNoAssessment() {
            receivedThursday28March2024(false).decide(ReferralDecision.NO_FURTHER_ACTION, LocalDate.of(2024, 4, 2), LocalDate.of(2024, 4, 2),
                    starter);
            assertThat(opened).isEmpty();
        }

        @Test
        void aDecisionTheWorkingDayAfterTheDueDateMissesTheClock() {
            Referral decided = receivedThursday28March2024(false)
                    .decide(ReferralDecision.NO_FURTHER_ACTION, LocalDate.of(2024, 4, 3), LocalDate.of(2024, 4, 3), starter);
            assertThat(decided.decisionClock().snapshotOn(LocalDate.of(2024, 4, 20)).state())
                    .isEqualTo(ClockState.MISSED);
        }

        @Test
        void anS17DecisionOpensAnAssessmentFromTheReferralDateForADisabledChild() {
            Referral decided = receivedThursday28March2024(true)
                    .decide(ReferralDecision.S17_ASSESSMENT, LocalDate.of(2024, 4, 2), LocalDate.of(2024, 4, 2), starter);
            assertThat(decided.assessmentId()).contains(assessmentId);
            assertThat(opened).singleElement().satisfies(referral -> {
                assertThat(referral.decision()).isEqualTo(ReferralDecision.S17_ASSESSMENT);
                assertThat(referral.receivedDate()).isEqualTo(LocalDate.of(2024, 3, 28));
                assertThat(referral.disabledChild()).isTrue();
            });
        }

        @Test
        void announcesTheDecisionWithItsDueDateWhetherInTimeAndTheAssessmentItOpened() {
            var event = receivedThursday28March2024(false)
                    .decide(ReferralDecision.S17_ASSESSMENT, LocalDate.of(2024, 4, 3), LocalDate.of(2024, 4, 3), starter).decidedEvent();
            assertThat(event.decision()).isEqualTo("S17_ASSESSMENT");
            assertThat(event.decidedOn()).isEqualTo(LocalDate.of(2024, 4, 3));
            // Thursday 28 March + 1 working day over Easter: Tuesday 2 April
            assertThat(event.dueDate()).isEqualTo(LocalDate.of(2024, 4, 2));
            assertThat(event.decidedInTime()).isFalse();
            assertThat(event.assessmentId()).isEqualTo(assessmentId);
        }

        @Test
        void anS47DecisionOpensNoChildInNeedAssessment() {
            receivedThursday28March2024(false).decide(ReferralDecision.S47_ENQUIRY, LocalDate.of(2024, 4, 2), LocalDate.of(2024, 4, 2), starter);
            assertThat(opened).isEmpty();
        }

        @Test
        void aReferralIsDecidedOnlyOnce() {
            Referral decided = receivedThursday28March2024(false)
                    .decide(ReferralDecision.NO_FURTHER_ACTION, LocalDate.of(2024, 4, 2), LocalDate.of(2024, 4, 2), starter);
            assertThatThrownBy(() -> decided.decide(ReferralDecision.S17_ASSESSMENT, LocalDate.of(2024, 4, 3), LocalDate.of(2024, 4, 3), starter))
                    .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                        assertThat(violation.rule()).isEqualTo("referral.already-decided");
                        assertThat(violation.kind()).isEqualTo(ProblemKind.CONFLICT);
                    });
            assertThat(opened).isEmpty();
        }

        @Test
        void aReferralIsNotDecidedBeforeItWasReceived() {
            assertThatThrownBy(() -> receivedThursday28March2024(false)
                    .decide(ReferralDecision.EARLY_HELP, LocalDate.of(2024, 3, 27), LocalDate.of(2024, 3, 27), starter))
                    .isInstanceOfSatisfying(RuleViolation.class,
                            violation -> assertThat(violation.rule()).isEqualTo("referral.decided-before-received"));
        }
    }
}
