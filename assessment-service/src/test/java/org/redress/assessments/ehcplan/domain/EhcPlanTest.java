package org.redress.assessments.ehcplan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redress.assessments.assessment.domain.Assessment;
import org.redress.assessments.assessment.domain.AssessmentType;
import org.redress.assessments.assessment.domain.Csdpa2Category;
import org.redress.assessments.assessment.domain.Flag;
import org.redress.assessments.assessment.domain.Need;
import org.redress.assessments.assessment.domain.NeedArea;
import org.redress.assessments.assessment.domain.Team;
import org.redress.assessments.assessment.domain.WayMet;
import org.redress.contracts.CaseReference;
import org.redress.contracts.events.EhcSocialCareUpdate;
import org.redress.contracts.problem.RuleViolation;
import org.redress.statutorytime.WorkingDayCalendar;

class EhcPlanTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final LocalDate TODAY = LocalDate.of(2024, 4, 10);

    private static Assessment open(boolean disabled) {
        return Assessment.open(UUID.randomUUID(), new CaseReference(Assessment.REFERENCE_PREFIX, 2024, 11),
                new Assessment.Request(UUID.randomUUID(), "CR-104233", LocalDate.of(2024, 3, 4), disabled,
                        AssessmentType.CHILD_IN_NEED, Team.CHILDRENS_SOCIAL_CARE, List.of()), CALENDAR).assessment();
    }

    @Nested
    class AnUpdateSayingNoSocialCareNeeds {

        @Test
        void isFlaggedOnTheUpdateAndOnTheAssessmentWhileAnAssessmentIsOpen() {
            Assessment assessment = open(false);
            EhcPlanUpdate update = EhcPlanUpdate.record(UUID.randomUUID(), "CR-104233", TODAY, true, List.of(assessment),
                    TODAY);
            assertThat(update.flags()).extracting(Flag::code, Flag::about)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(EhcPlanUpdate.NO_SOCIAL_CARE_WHILE_OPEN,
                            assessment.reference().toString()));
            assertThat(assessment.work().flags()).extracting(Flag::code)
                    .containsExactly(EhcPlanUpdate.NO_SOCIAL_CARE_WHILE_OPEN);
        }

        @Test
        void namesToACallerOnlyTheAssessmentsTheyMayReadAndKeepsEveryFlag() {
            Assessment theirs = open(false);
            Assessment another = Assessment.open(UUID.randomUUID(), new CaseReference(Assessment.REFERENCE_PREFIX, 2024, 12),
                    new Assessment.Request(UUID.randomUUID(), "CR-104233", LocalDate.of(2024, 3, 4), false,
                            AssessmentType.YOUNG_CARER, Team.ADULT_SOCIAL_CARE, List.of()), CALENDAR).assessment();
            EhcPlanUpdate update = EhcPlanUpdate.record(UUID.randomUUID(), "CR-104233", TODAY, true,
                    List.of(theirs, another), TODAY);

            EhcPlanUpdate seen = update.seenWith(theirs.reference().toString()::equals);

            assertThat(seen.flags()).extracting(Flag::code, Flag::about, Flag::on).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(EhcPlanUpdate.NO_SOCIAL_CARE_WHILE_OPEN,
                            theirs.reference().toString(), TODAY),
                    org.assertj.core.groups.Tuple.tuple(EhcPlanUpdate.NO_SOCIAL_CARE_WHILE_OPEN, null, TODAY));
            assertThat(update.seenWith(reference -> true)).isEqualTo(update);
            assertThat(seen).usingRecursiveComparison().ignoringFields("flags").isEqualTo(update);
        }

        @Test
        void isNotFlaggedWhenNoAssessmentIsOpen() {
            assertThat(EhcPlanUpdate.record(UUID.randomUUID(), "CR-104233", TODAY, true, List.of(), TODAY).flags())
                    .isEmpty();
        }

        @Test
        void isNotFlaggedWhenItStatesSocialCareNeeds() {
            Assessment assessment = open(false);
            assertThat(EhcPlanUpdate.record(UUID.randomUUID(), "CR-104233", TODAY, false, List.of(assessment), TODAY)
                    .flags()).isEmpty();
            assertThat(assessment.work().flags()).isEmpty();
        }

        @Test
        void cannotHaveBeenIssuedInTheFuture() {
            assertThatThrownBy(() -> EhcPlanUpdate.record(UUID.randomUUID(), "CR-104233", TODAY.plusDays(1), false,
                    List.of(), TODAY)).isInstanceOfSatisfying(RuleViolation.class,
                            v -> assertThat(v.rule()).isEqualTo("ehc-plan.issued-in-future"));
        }
    }

    @Nested
    class TheSocialCareSectionsOfACompletedAssessment {

        @Test
        void putCsdpaS2ProvisionInH1AndTheAreasOfOtherEligibleNeedsInH2() {
            Assessment assessment = open(true);
            for (Csdpa2Category category : Csdpa2Category.values()) {
                assessment.considerCsdpa2(category, category == Csdpa2Category.ADAPTATIONS
                        || category == Csdpa2Category.PRACTICAL_ASSISTANCE_IN_THE_HOME, TODAY, TODAY);
            }
            assessment.recordNeed(new Need("N1", NeedArea.CARER_BREAK, "break", true, 12, WayMet.SHORT_BREAKS,
                    "overnight short breaks", true), TODAY, TODAY);
            assessment.recordNeed(new Need("N2", NeedArea.EDUCATION, "homework", false, 2, null, null, false), TODAY, TODAY);
            assessment.recordNeed(new Need("N3", NeedArea.CARER_BREAK, "day", true, 10, WayMet.NOT_MET,
                    "eligible for a day break; provider to be found", true), TODAY, TODAY);
            assessment.complete(TODAY, TODAY, List.of());

            EhcSocialCareUpdate update = assessment.ehcSocialCareUpdate();

            assertThat(update.sectionH1()).containsExactly("PRACTICAL_ASSISTANCE_IN_THE_HOME", "ADAPTATIONS");
            assertThat(update.sectionH2()).containsExactly("CARER_BREAK");
            assertThat(update.completedDate()).isEqualTo(TODAY);
        }

        @Test
        void areOnlyKnownOnceTheAssessmentIsCompleted() {
            assertThatThrownBy(() -> open(false).ehcSocialCareUpdate()).isInstanceOf(IllegalStateException.class);
        }
    }
}
