package org.redress.assessments.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.redress.contracts.CaseReference;
import org.redress.contracts.problem.RuleViolation;
import org.redress.statutorytime.WorkingDayCalendar;

/**
 * Short breaks exist to give carers a break and can be in the home (DOMAIN §3; Children Act 1989 Sch 2
 * para 6(1)(c); Breaks for Carers of Disabled Children Regulations 2011): when a carer's need for a break is
 * found, in-home short breaks must be recorded as considered, however the assessor recorded the need.
 */
class CarersNeedForABreakTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final LocalDate STARTED = LocalDate.of(2024, 3, 4);
    private static final String RULE = "need.in-home-short-breaks-not-considered";

    private static Assessment assessment(AssessmentType type) {
        return Assessment.open(UUID.randomUUID(), new CaseReference(Assessment.REFERENCE_PREFIX, 2024, 8),
                new Assessment.Request(UUID.randomUUID(), "CR-104233", STARTED, true, type, Team.CHILDRENS_SOCIAL_CARE,
                        List.of()), CALENDAR).assessment();
    }

    private static void record(Assessment assessment, Need need) {
        assessment.recordNeed(need, STARTED, STARTED);
    }

    private static void assertRefused(Need need) {
        Assessment assessment = assessment(AssessmentType.PARENT_CARER);
        assertThatThrownBy(() -> record(assessment, need)).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.rule()).isEqualTo(RULE);
            assertThat(v.field()).isEqualTo("inHomeShortBreaksConsidered");
        });
        assertThat(assessment.work().needs()).isEmpty();
    }

    @Nested
    class RecordedAsABreak {

        @ParameterizedTest
        @EnumSource(value = WayMet.class, names = { "SHORT_BREAKS", "DIRECT_PAYMENT", "NOT_MET" })
        void aCarerBreakNeedWithoutInHomeShortBreaksConsideredIsRefusedHoweverItIsMet(WayMet wayMet) {
            assertRefused(new Need("N1", NeedArea.CARER_BREAK, "Parents exhausted", true, 14, wayMet, "Saturday club",
                    false));
        }
    }

    @Nested
    class RecordedAnotherWay {

        @ParameterizedTest
        @EnumSource(value = NeedArea.class, names = { "CARER_WELLBEING", "CARER_WORK_EDUCATION_LEISURE", "BASIC_CARE",
                "FAMILY_HISTORY_AND_FUNCTIONING", "HEALTH" })
        void aNeedMetByShortBreaksIsACarersNeedForABreakWhateverAreaItIsRecordedIn(NeedArea area) {
            assertRefused(new Need("N1", area, "Mother is exhausted", true, 14, WayMet.SHORT_BREAKS,
                    "Fortnightly overnight short breaks", false));
        }

        @ParameterizedTest
        @ValueSource(strings = { "Mother needs respite", "Parents need a short break every fortnight",
                "Father has had no break from caring for two years", "Short-breaks to let the parents rest",
                "Needs BREAKS FROM CARING at weekends" })
        void aCarersNeedDescribedAsABreakIsOneHoweverItIsMet(String description) {
            assertRefused(new Need("N1", NeedArea.CARER_WELLBEING, description, true, 14, WayMet.DIRECT_PAYMENT,
                    "Six hours a week", false));
        }

        @Test
        void aCarersNeedForABreakNotMetIsOneToo() {
            assertRefused(new Need("N1", NeedArea.CARER_WELLBEING, "Respite for the mother", true, 14, WayMet.NOT_MET,
                    "Not met while the family is rehoused", false));
        }
    }

    @Nested
    class Accepted {

        @Test
        void aCarersNeedForABreakRecordedAnotherWayWithInHomeShortBreaksConsidered() {
            Assessment assessment = assessment(AssessmentType.PARENT_CARER);
            record(assessment, new Need("N1", NeedArea.CARER_WELLBEING, "Mother is exhausted", true, 14,
                    WayMet.SHORT_BREAKS, "In-home short breaks twice a week", true));
            assertThat(assessment.work().needs()).extracting(Need::code).containsExactly("N1");
        }

        @Test
        void aCarersNeedThatIsNotForABreak() {
            Assessment assessment = assessment(AssessmentType.PARENT_CARER);
            record(assessment, new Need("N1", NeedArea.CARER_WORK_EDUCATION_LEISURE, "Wants to return to college", true,
                    12, WayMet.LOCAL_OFFER, "Adult learning course with a creche", false));
            record(assessment, new Need("N2", NeedArea.CARER_WELLBEING, "Anxious about the child's diagnosis", true, 12,
                    WayMet.UNIVERSAL, "Referred to the GP", false));
            assertThat(assessment.work().needs()).extracting(Need::code).containsExactly("N1", "N2");
        }

        @Test
        void aNeedStoredBeforeTheRuleKnewEveryWayStillLoads() {
            // read back from storage, a need recorded another way before this rule is rebuilt, not refused
            Need stored = new Need("N1", NeedArea.CARER_WELLBEING, "Mother is exhausted", true, 14, WayMet.SHORT_BREAKS,
                    "Saturday club", false);
            assertThat(new AssessmentWork(Team.CHILDRENS_SOCIAL_CARE, List.of(), null, List.of(stored), null, null,
                    null, null, null, null, null).needs()).containsExactly(stored);
        }
    }

    @Nested
    class PromptingAParentCarerAssessment {

        @Test
        void aNeedForABreakRecordedAnotherWayPromptsOneWhenNoParentCarerIsRecorded() {
            Assessment assessment = assessment(AssessmentType.CHILD_IN_NEED);
            for (Csdpa2Category category : Csdpa2Category.values()) {
                assessment.considerCsdpa2(category, false, STARTED, STARTED);
            }
            record(assessment, new Need("N1", NeedArea.BASIC_CARE, "Mother is exhausted", true, 14, WayMet.SHORT_BREAKS,
                    "In-home short breaks twice a week", true));
            assertThat(assessment.complete(STARTED, STARTED, List.of()).promptedCarerAssessments())
                    .containsExactly(AssessmentType.PARENT_CARER);
        }
    }
}
