package org.redress.assessments.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redress.contracts.Bounds;
import org.redress.contracts.CaseReference;
import org.redress.contracts.events.MissedProvisionRecorded;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;
import org.redress.statutorytime.ClockState;
import org.redress.statutorytime.WorkingDayCalendar;

class AssessmentOutcomeTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final CaseReference REFERENCE = new CaseReference(Assessment.REFERENCE_PREFIX, 2024, 7);
    // Monday 4 March 2024 + 45 working days: Thursday 9 May 2024 (see AssessmentTest)
    private static final LocalDate REFERRED = LocalDate.of(2024, 3, 4);
    private static final LocalDate DUE = LocalDate.of(2024, 5, 9);

    private static Assessment open(AssessmentType type, Team team, boolean disabled) {
        return Assessment.open(UUID.randomUUID(), REFERENCE,
                new Assessment.Request(UUID.randomUUID(), "CR-104233", REFERRED, disabled, type, team, List.of()),
                CALENDAR).assessment();
    }

    private static Assessment childInNeed() {
        return open(AssessmentType.CHILD_IN_NEED, Team.CHILDRENS_SOCIAL_CARE, false);
    }

    private static Need need(String code, boolean eligible, WayMet wayMet, String reason) {
        return new Need(code, NeedArea.HEALTH, "need", eligible, 10, wayMet, reason, false);
    }

    @Nested
    class Routing {

        @Test
        void refusesAParentCarerAssessmentOfADisabledChildsParentByAdultSocialCare() {
            assertThatThrownBy(() -> open(AssessmentType.PARENT_CARER, Team.ADULT_SOCIAL_CARE, true))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule())
                            .isEqualTo("assessment.parent-carer-routed-to-adult-social-care"));
        }

        @Test
        void acceptsTheSameAssessmentByChildrensServices() {
            assertThat(open(AssessmentType.PARENT_CARER, Team.CHILDRENS_SOCIAL_CARE, true).work().team())
                    .isEqualTo(Team.CHILDRENS_SOCIAL_CARE);
        }

        @Test
        void runsTheClockFromTheReferral() {
            assertThat(childInNeed().dueDate()).isEqualTo(DUE);
        }
    }

    @Nested
    class NeedsOneByOne {

        @Test
        void anEligibleNeedMustSayHowItIsMet() {
            assertThatThrownBy(() -> need("N1", true, null, null)).isInstanceOfSatisfying(RuleViolation.class,
                    v -> assertThat(v.rule()).isEqualTo("need.eligible-without-way-met"));
        }

        @Test
        void aNeedNotMetMustGiveAReason() {
            assertThatThrownBy(() -> need("N1", true, WayMet.NOT_MET, " ")).isInstanceOfSatisfying(RuleViolation.class,
                    v -> assertThat(v.rule()).isEqualTo("need.not-met-without-reason"));
        }

        @Test
        void aCarersNeedForABreakMustHaveConsideredInHomeShortBreaks() {
            // recorded in other ways too: CarersNeedForABreakTest
            Assessment assessment = childInNeed();
            assertThatThrownBy(() -> assessment.recordNeed(new Need("N1", NeedArea.CARER_BREAK, "", true, 10,
                    WayMet.SHORT_BREAKS, "club", false), REFERRED, REFERRED)).isInstanceOfSatisfying(RuleViolation.class,
                            v -> assertThat(v.rule()).isEqualTo("need.in-home-short-breaks-not-considered"));
        }

        @Test
        void aResourceLedReasonIsFlaggedNotRefused() {
            Assessment assessment = childInNeed();
            assessment.recordNeed(need("N1", true, WayMet.NOT_MET, "The team is at capacity"), REFERRED, REFERRED);
            assertThat(assessment.work().flags()).extracting(Flag::code).containsExactly("need.resource-led-reason");
        }

        @Test
        void willNotEngageIsFlaggedForReview() {
            Assessment assessment = childInNeed();
            assessment.recordNeed(need("N1", true, WayMet.NOT_MET, "Mother will not engage"), REFERRED, REFERRED);
            assertThat(assessment.work().flags()).extracting(Flag::code).containsExactly("need.will-not-engage-for-review");
        }

        @Test
        void aThirdAssessorIsFlagged() {
            Assessment assessment = childInNeed();
            assessment.assign("sw-1", REFERRED, REFERRED);
            assessment.assign("sw-2", REFERRED, REFERRED);
            assertThat(assessment.work().flags()).isEmpty();
            assessment.assign("sw-3", REFERRED, REFERRED);
            assertThat(assessment.work().flags()).extracting(Flag::code).containsExactly("assessment.third-assessor");
        }
    }

    @Nested
    class Completion {

        @Test
        void onTheDueDateMeetsTheClockAndTheDayAfterMissesIt() {
            Assessment onTime = childInNeed();
            assertThat(onTime.complete(DUE, DUE, List.of()).event().completedInTime()).isTrue();
            assertThat(onTime.clock().snapshotOn(DUE.plusDays(30)).state()).isEqualTo(ClockState.MET);
            Assessment late = childInNeed();
            assertThat(late.complete(DUE.plusDays(1), DUE.plusDays(1), List.of()).event().completedInTime()).isFalse();
            assertThat(late.clock().snapshotOn(DUE.plusDays(30)).state()).isEqualTo(ClockState.MISSED);
        }

        @Test
        void opensAnUnmetNeedForEachEligibleNeedNotMetAndCountsThem() {
            Assessment assessment = childInNeed();
            assessment.recordNeed(need("N1", true, WayMet.NOT_MET, "Waiting for the OT report"), REFERRED, REFERRED);
            assessment.recordNeed(need("N2", true, WayMet.FAMILY, "Grandparents"), REFERRED, REFERRED);
            assessment.recordNeed(need("N3", false, null, null), REFERRED, REFERRED);
            var completion = assessment.complete(DUE, DUE, List.of());
            assertThat(completion.unmetNeeds()).extracting(Need::code).containsExactly("N1");
            assertThat(completion.event().eligibleNeeds()).isEqualTo(2);
            assertThat(completion.event().metNeeds()).isEqualTo(1);
            assertThat(completion.event().unmetNeeds()).isEqualTo(1);
        }

        @Test
        void aDisabledChildsAssessmentNeedsEveryCsdpaS2CategoryConsidered() {
            Assessment assessment = open(AssessmentType.CHILD_IN_NEED, Team.CHILDRENS_SOCIAL_CARE, true);
            assessment.considerCsdpa2(Csdpa2Category.TRAVEL_ASSISTANCE, false, REFERRED, REFERRED);
            assertThatThrownBy(() -> assessment.complete(DUE, DUE, List.of())).isInstanceOfSatisfying(RuleViolation.class,
                    v -> assertThat(v.rule()).isEqualTo("assessment.csdpa-s2-not-considered"));
        }

        @Test
        void aSiblingWhoCaresPromptsAYoungCarerAssessmentAndAParentWithOneDoesNot() {
            var completion = childInNeed().complete(DUE, DUE, List.of(
                    new CaringFamilyMember(CaringFamilyMember.Relationship.SIBLING, null),
                    new CaringFamilyMember(CaringFamilyMember.Relationship.PARENT, "ASM-2024-000001-0")));
            assertThat(completion.promptedCarerAssessments()).containsExactly(AssessmentType.YOUNG_CARER);
            assertThat(completion.carerAssessmentsPrompted()).singleElement().satisfies(prompt -> {
                assertThat(prompt.relationship()).isEqualTo("SIBLING");
                assertThat(prompt.promptedOn()).isEqualTo(DUE);
            });
        }

        @Test
        void aParentCarerWithoutAnAssessmentOfTheirOwnIsPromptedAParentCarerAssessment() {
            var completion = childInNeed().complete(DUE, DUE, List.of(
                    new CaringFamilyMember(CaringFamilyMember.Relationship.PARENT, null)));
            assertThat(completion.promptedCarerAssessments()).containsExactly(AssessmentType.PARENT_CARER);
            assertThat(completion.carerAssessmentsPrompted()).singleElement()
                    .satisfies(prompt -> assertThat(prompt.relationship()).isEqualTo("PARENT"));
        }

        @Test
        void aParentsExhaustionRecordedAsANeedForABreakPromptsAParentCarerAssessment() {
            Assessment assessment = childInNeed();
            assessment.recordNeed(breakNeed(), REFERRED, REFERRED);
            var completion = assessment.complete(DUE, DUE, List.of());
            assertThat(completion.promptedCarerAssessments()).containsExactly(AssessmentType.PARENT_CARER);
            assertThat(assessment.work().flags()).anySatisfy(flag -> {
                assertThat(flag.code()).isEqualTo("assessment.carer-assessment-prompted");
                assertThat(flag.about()).isEqualTo("PARENT_CARER");
            });
        }

        @Test
        void aNeedForABreakPromptsNothingMoreWhenTheParentCarerAlreadyHasAnAssessment() {
            Assessment assessment = childInNeed();
            assessment.recordNeed(breakNeed(), REFERRED, REFERRED);
            var completion = assessment.complete(DUE, DUE, List.of(
                    new CaringFamilyMember(CaringFamilyMember.Relationship.PARENT, "ASM-2024-000001-0")));
            assertThat(completion.carerAssessmentsPrompted()).isEmpty();
        }

        @Test
        void aNeedForABreakAndAParentCarerWithoutAnAssessmentPromptOneParentCarerAssessmentNotTwo() {
            Assessment assessment = childInNeed();
            assessment.recordNeed(breakNeed(), REFERRED, REFERRED);
            var completion = assessment.complete(DUE, DUE, List.of(
                    new CaringFamilyMember(CaringFamilyMember.Relationship.PARENT, null)));
            assertThat(completion.promptedCarerAssessments()).containsExactly(AssessmentType.PARENT_CARER);
        }

        private static Need breakNeed() {
            return new Need("N9", NeedArea.CARER_BREAK, "parents exhausted", true, 14, WayMet.SHORT_BREAKS,
                    "in-home short breaks", true);
        }

        @Test
        void opensAnUnmetNeedEventForEachEligibleNeedLeftUnmetOnly() {
            Assessment assessment = childInNeed();
            assessment.recordNeed(need("N1", true, WayMet.NOT_MET, "no resources at present"), REFERRED, REFERRED);
            assessment.recordNeed(need("N2", true, WayMet.UNIVERSAL, "the GP"), REFERRED, REFERRED);
            assessment.recordNeed(need("N3", false, null, null), REFERRED, REFERRED);
            var opened = assessment.complete(DUE, DUE, List.of()).unmetNeedsOpened();
            assertThat(opened).singleElement().satisfies(event -> {
                assertThat(event.needCode()).isEqualTo("N1");
                assertThat(event.resourceLedReason()).isTrue();
                assertThat(event.openedOn()).isEqualTo(DUE);
            });
        }

        @Test
        void carriesTheRemedyLinkOfAReassessment() {
            RemedyLink remedy = new RemedyLink(UUID.randomUUID(), "REM-2024-000042-0", UUID.randomUUID(), null, null);
            Assessment assessment = Assessment.openForRemedy(UUID.randomUUID(), REFERENCE,
                    Assessment.Subject.child("CR-104233"), remedy, REFERRED, List.of(), CALENDAR).assessment();
            var event = assessment.complete(DUE, DUE, List.of()).event();
            assertThat(event.remedyCaseId()).isEqualTo(remedy.remedyCaseId());
            assertThat(event.remedyActionId()).isEqualTo(remedy.actionId());
        }

        @Test
        void isDoneOnce() {
            Assessment assessment = childInNeed();
            assessment.complete(DUE, DUE, List.of());
            assertThatThrownBy(() -> assessment.complete(DUE, DUE, List.of())).isInstanceOfSatisfying(RuleViolation.class,
                    v -> assertThat(v.rule()).isEqualTo("assessment.already-completed"));
        }
    }

    @Nested
    class FactsInOrder {

        @Test
        void anAssessmentIsNotCompletedBeforeItStarted() {
            Assessment assessment = childInNeed();
            assertThatThrownBy(() -> assessment.complete(REFERRED.minusDays(1), REFERRED.minusDays(1), List.of()))
                    .isInstanceOfSatisfying(RuleViolation.class,
                            v -> assertThat(v.rule()).isEqualTo("assessment.completed-before-started"));
            assertThat(assessment.work().completedOn()).isEmpty();
        }
    }

    @Nested
    class BoundedRecord {

        @Test
        void needsBeyondTheBoundAreRefusedButARecordedNeedCanStillBeReplaced() {
            Assessment assessment = childInNeed();
            for (int i = 0; i < Bounds.MAX_LIST_SIZE; i++) {
                assessment.recordNeed(need("N" + i, false, null, null), REFERRED, REFERRED);
            }
            assertThatThrownBy(() -> assessment.recordNeed(need("N-extra", false, null, null), REFERRED, REFERRED))
                    .isInstanceOfSatisfying(RuleViolation.class,
                            v -> assertThat(v.rule()).isEqualTo("assessment.too-many-needs"));
            assessment.recordNeed(need("N0", true, WayMet.SPECIALIST_SERVICE, "Physiotherapy"), REFERRED, REFERRED);
            assertThat(assessment.work().needs()).hasSize(Bounds.MAX_LIST_SIZE);
        }

        @Test
        void assessorsBeyondTheBoundAreRefused() {
            Assessment assessment = childInNeed();
            for (int i = 0; i < Bounds.MAX_LIST_SIZE; i++) {
                assessment.assign("sw-" + i, REFERRED, REFERRED);
            }
            assertThatThrownBy(() -> assessment.assign("sw-extra", REFERRED, REFERRED)).isInstanceOfSatisfying(
                    RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("assessment.too-many-assessors"));
        }
    }

    @Nested
    class OnePerReferral {

        @Test
        void aSecondAssessmentOfTheSameTypeIsAConflictNamingTheFirst() {
            UUID first = UUID.randomUUID();
            assertThatThrownBy(() -> OneAssessmentPerReferral.check(Optional.of(first), AssessmentType.PARENT_CARER))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> {
                        assertThat(v.rule()).isEqualTo("assessment.already-opened-for-referral");
                        assertThat(v.kind()).isEqualTo(ProblemKind.CONFLICT);
                        assertThat(v.getMessage()).contains(first.toString());
                    });
        }

        @Test
        void theFirstIsOpened() {
            OneAssessmentPerReferral.check(Optional.empty(), AssessmentType.PARENT_CARER);
        }
    }

    @Nested
    class PlausibleAmounts {

        @Test
        void aWeeklyAmountAboveTheBoundIsRefusedByTheRule() {
            assertThatThrownBy(() -> new Provision(UUID.randomUUID(), "N1", Provision.Kind.SERVICE,
                    Bounds.MAX_AMOUNT_PENCE + 1, DUE, DUE)).isInstanceOfSatisfying(RuleViolation.class,
                            v -> assertThat(v.rule()).isEqualTo("provision.amount-implausible"));
            assertThatThrownBy(() -> new Provision(UUID.randomUUID(), "N1", Provision.Kind.SERVICE, Long.MAX_VALUE,
                    DUE, DUE)).isInstanceOfSatisfying(RuleViolation.class,
                            v -> assertThat(v.rule()).isEqualTo("provision.amount-implausible"));
        }

        @Test
        void hoursAtARateBeyondALongAreRefusedByTheRuleNotByAnOverflow() {
            assertThatThrownBy(() -> Provision.weekly(new BigDecimal("1e308"), Long.MAX_VALUE))
                    .isInstanceOfSatisfying(RuleViolation.class,
                            v -> assertThat(v.rule()).isEqualTo("provision.amount-implausible"));
        }

        @Test
        void theLargestAmountMissedForTenYearsIsExact() {
            Provision provision = new Provision(UUID.randomUUID(), "N1", Provision.Kind.SERVICE, Bounds.MAX_AMOUNT_PENCE,
                    LocalDate.of(2016, 11, 25), LocalDate.of(2026, 11, 25));
            assertThat(provision.missedDays()).isEqualTo(3652);
            // 1e9 * 3652 / 7 = 521,714,285,714.29 (two leap days in the ten years)
            assertThat(provision.missedAmountPence()).isEqualTo(521_714_285_714L);
        }
    }

    @Nested
    class ProvisionStartedAnnouncement {

        @Test
        void anOnTimeStartIsAnnouncedAsStartedAndNothingElse() {
            Assessment assessment = childInNeed();
            assessment.recordNeed(need("N1", true, WayMet.SPECIALIST_SERVICE, "Weekly physiotherapy"), REFERRED,
                    REFERRED);
            assessment.complete(DUE, DUE, List.of());
            UUID provisionId = UUID.randomUUID();
            Provision provision = new Provision(provisionId, "N1", Provision.Kind.SERVICE, 5000, DUE, DUE);

            var start = assessment.startProvision(provision, DUE);

            assertThat(start.events()).containsExactly(start.started());
            assertThat(start.started().assessmentId()).isEqualTo(assessment.id());
            assertThat(start.started().reference()).startsWith("ASM-2024-000007-");
            assertThat(start.started().childRef()).isEqualTo("CR-104233");
            assertThat(start.started().provisionId()).isEqualTo(provisionId);
            assertThat(start.started().needCode()).isEqualTo("N1");
            assertThat(start.started().provisionKind()).isEqualTo("SERVICE");
            assertThat(start.started().shouldHaveStarted()).isEqualTo(LocalDate.of(2024, 5, 9));
            assertThat(start.started().startedOn()).isEqualTo(LocalDate.of(2024, 5, 9));
        }

        @Test
        void aLateStartIsAnnouncedAsStartedThenAsMissedProvision() {
            Assessment assessment = childInNeed();
            assessment.recordNeed(need("N1", true, WayMet.NOT_MET, "Waiting for a provider"), REFERRED, REFERRED);
            assessment.complete(DUE, DUE, List.of());
            Provision provision = new Provision(UUID.randomUUID(), "N1", Provision.Kind.DIRECT_PAYMENT, 5000, DUE,
                    LocalDate.of(2024, 6, 13));

            var start = assessment.startProvision(provision, LocalDate.of(2024, 6, 20));

            assertThat(start.events()).hasSize(2).startsWith(start.started());
            assertThat(start.events().get(1)).isInstanceOf(MissedProvisionRecorded.class);
            assertThat(start.started().provisionKind()).isEqualTo("DIRECT_PAYMENT");
            assertThat(start.started().shouldHaveStarted()).isEqualTo(LocalDate.of(2024, 5, 9));
            assertThat(start.started().startedOn()).isEqualTo(LocalDate.of(2024, 6, 13));
        }
    }

    @Nested
    class MissedProvision {

        @Test
        void aLateStartRecordsThePeriodInclusiveAndTheWeeklyAmount() {
            Assessment assessment = childInNeed();
            assessment.recordNeed(need("N1", true, WayMet.NOT_MET, "Waiting for a provider"), REFERRED, REFERRED);
            assessment.complete(DUE, DUE, List.of());
            Provision provision = new Provision(UUID.randomUUID(), "N1", Provision.Kind.DIRECT_PAYMENT,
                    Provision.weekly(new BigDecimal("6"), 1850), LocalDate.of(2024, 5, 9), LocalDate.of(2024, 6, 13));
            var missed = assessment.startProvision(provision, LocalDate.of(2024, 6, 20)).missed().orElseThrow();
            assertThat(missed.weeklyAmountPence()).isEqualTo(11_100);
            assertThat(missed.missedFrom()).isEqualTo(LocalDate.of(2024, 5, 9));
            assertThat(missed.missedTo()).isEqualTo(LocalDate.of(2024, 6, 12));
            assertThat(provision.missedDays()).isEqualTo(35);
            assertThat(provision.missedAmountPence()).isEqualTo(55_500);
        }

        @Test
        void anOnTimeStartRecordsNothingMissed() {
            Assessment assessment = childInNeed();
            assessment.recordNeed(need("N1", true, WayMet.DIRECT_PAYMENT, "Personal assistant"), REFERRED, REFERRED);
            assessment.complete(DUE, DUE, List.of());
            Provision provision = new Provision(UUID.randomUUID(), "N1", Provision.Kind.DIRECT_PAYMENT, 5000, DUE, DUE);
            assertThat(assessment.startProvision(provision, DUE).missed()).isEmpty();
        }

        @Test
        void isRecordedOnlyForAnEligibleNeedOfACompletedAssessment() {
            Assessment assessment = childInNeed();
            Provision provision = new Provision(UUID.randomUUID(), "N9", Provision.Kind.SERVICE, 5000, DUE, DUE);
            assertThatThrownBy(() -> assessment.startProvision(provision, DUE)).isInstanceOfSatisfying(
                    RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("provision.assessment-not-completed"));
            assessment.complete(DUE, DUE, List.of());
            assertThatThrownBy(() -> assessment.startProvision(provision, DUE)).isInstanceOfSatisfying(
                    RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("provision.need-not-eligible"));
        }
    }
}
