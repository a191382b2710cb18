package org.redress.assessments.breaches;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redress.assessments.assessment.domain.Assessment;
import org.redress.assessments.assessment.domain.AssessmentType;
import org.redress.assessments.assessment.domain.Team;
import org.redress.assessments.referrals.domain.NewReferral;
import org.redress.assessments.referrals.domain.Referral;
import org.redress.assessments.referrals.domain.ReferralDecision;
import org.redress.assessments.referrals.domain.ReferralReason;
import org.redress.assessments.referrals.domain.ReferrerType;
import org.redress.contracts.CaseReference;
import org.redress.statutorytime.WorkingDayCalendar;

class ClockBreachTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    @Nested
    class AReferralDecisionClock {

        // received Thursday 28 March 2024: due the next working day, Tuesday 2 April (Easter between)
        private Referral received() {
            return Referral.receive(UUID.randomUUID(), new CaseReference(Referral.REFERENCE_PREFIX, 2024, 3),
                    new NewReferral("CR-104233", LocalDate.of(2024, 3, 28), ReferrerType.SCHOOL, List.of(), false,
                            ReferralReason.NOT_STATED), LocalDate.of(2024, 3, 28), CALENDAR).referral();
        }

        @Test
        void isNotBreachedOnItsDueDate() {
            assertThat(received().decisionClockBreach(LocalDate.of(2024, 4, 2))).isEmpty();
        }

        @Test
        void isBreachedTheDayAfterItsDueDateWithoutADecision() {
            assertThat(received().decisionClockBreach(LocalDate.of(2024, 4, 3))).hasValueSatisfying(breach -> {
                assertThat(breach.clock()).isEqualTo("REFERRAL_DECISION");
                assertThat(breach.dueDate()).isEqualTo(LocalDate.of(2024, 4, 2));
                assertThat(breach.detectedOn()).isEqualTo(LocalDate.of(2024, 4, 3));
            });
        }

        @Test
        void isNotBreachedOnceDecidedEvenLate() {
            Referral decided = received().decide(ReferralDecision.EARLY_HELP, LocalDate.of(2024, 4, 4), LocalDate.of(2024, 4, 4), (r, d) -> null);
            assertThat(decided.decisionClockBreach(LocalDate.of(2024, 4, 5))).isEmpty();
        }
    }

    @Nested
    class AnAssessmentClock {

        // Monday 4 March 2024 + 45 working days: Thursday 9 May 2024 (see AssessmentTest)
        private Assessment open() {
            return Assessment.open(UUID.randomUUID(), new CaseReference(Assessment.REFERENCE_PREFIX, 2024, 3),
                    new Assessment.Request(UUID.randomUUID(), "CR-104233", LocalDate.of(2024, 3, 4), false,
                            AssessmentType.CHILD_IN_NEED, Team.CHILDRENS_SOCIAL_CARE, List.of()), CALENDAR).assessment();
        }

        @Test
        void isNotBreachedOnItsDueDate() {
            assertThat(open().clockBreach(LocalDate.of(2024, 5, 9))).isEmpty();
        }

        @Test
        void isBreachedTheDayAfterItsDueDateWhileOpen() {
            assertThat(open().clockBreach(LocalDate.of(2024, 5, 10))).hasValueSatisfying(breach -> {
                assertThat(breach.clock()).isEqualTo("ASSESSMENT");
                assertThat(breach.startDate()).isEqualTo(LocalDate.of(2024, 3, 4));
                assertThat(breach.dueDate()).isEqualTo(LocalDate.of(2024, 5, 9));
            });
        }

        @Test
        void isNotBreachedOnceCompleted() {
            Assessment assessment = open();
            assessment.complete(LocalDate.of(2024, 5, 13), LocalDate.of(2024, 5, 13), List.of());
            assertThat(assessment.clockBreach(LocalDate.of(2024, 5, 14))).isEmpty();
        }
    }
}
