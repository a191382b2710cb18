package org.redress.assessments.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redress.assessments.ehcplan.domain.EhcPlanUpdate;
import org.redress.contracts.CaseReference;
import org.redress.contracts.problem.RuleViolation;
import org.redress.statutorytime.ClockState;
import org.redress.statutorytime.WorkingDayCalendar;

/**
 * Each fact recorded on an assessment carries the day it happened, checked against the assessment's own
 * days, and gives the same clock results and flags whether it is recorded that day or later (DOMAIN §5).
 */
class DayItHappenedTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    // Monday 4 March 2024 + 45 working days: Thursday 9 May 2024 (see AssessmentTest)
    private static final LocalDate STARTED = LocalDate.of(2024, 3, 4);
    private static final LocalDate DUE = LocalDate.of(2024, 5, 9);
    private static final LocalDate NEXT_MORNING = DUE.plusDays(1);

    private static Assessment childInNeed() {
        return Assessment.open(UUID.randomUUID(), new CaseReference(Assessment.REFERENCE_PREFIX, 2024, 9),
                new Assessment.Request(UUID.randomUUID(), "CR-104233", STARTED, false, AssessmentType.CHILD_IN_NEED,
                        Team.CHILDRENS_SOCIAL_CARE, List.of()),
                CALENDAR).assessment();
    }

    private static Need unmet(String code, String reason) {
        return new Need(code, NeedArea.HEALTH, "need", true, 10, WayMet.NOT_MET, reason, false);
    }

    private static RuleViolation refused(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(RuleViolation.class);
        return (RuleViolation) thrown;
    }

    private static TimelineEntry last(Assessment assessment, String what) {
        return assessment.work().timeline().stream().filter(e -> e.what().equals(what)).reduce((a, b) -> b)
                .orElseThrow();
    }

    @Nested
    class ACompletionRecordedTheNextMorning {

        @Test
        void meetsTheClockItMetOnItsDueDate() {
            Assessment assessment = childInNeed();
            var completion = assessment.complete(DUE, NEXT_MORNING, List.of());
            assertThat(completion.event().completedDate()).isEqualTo(DUE);
            assertThat(completion.event().completedInTime()).isTrue();
            assertThat(assessment.clock().snapshotOn(NEXT_MORNING).state()).isEqualTo(ClockState.MET);
            assertThat(assessment.work().completedOn()).contains(DUE);
            assertThat(assessment.work().flags()).extracting(Flag::code).doesNotContain("assessment.completed-late");
            assertThat(assessment.clockBreach(NEXT_MORNING)).isEmpty();
            assertThat(last(assessment, "COMPLETED").on()).isEqualTo(DUE);
        }

        @Test
        void opensItsUnmetNeedsAndPromptsItsCarerAssessmentsFromTheDayItWasCompleted() {
            Assessment assessment = childInNeed();
            assessment.recordNeed(unmet("N1", "Waiting for the OT report"), STARTED, STARTED);
            var completion = assessment.complete(DUE, NEXT_MORNING,
                    List.of(new CaringFamilyMember(CaringFamilyMember.Relationship.SIBLING, null)));
            assertThat(completion.unmetNeedsOpened()).singleElement()
                    .satisfies(opened -> assertThat(opened.openedOn()).isEqualTo(DUE));
            assertThat(completion.carerAssessmentsPrompted()).singleElement()
                    .satisfies(prompt -> assertThat(prompt.promptedOn()).isEqualTo(DUE));
            assertThat(assessment.work().flags()).extracting(Flag::on).containsOnly(DUE);
        }

        @Test
        void completedAfterItsDueDateMissesItHoweverLateItIsRecorded() {
            Assessment assessment = childInNeed();
            assertThat(assessment.complete(NEXT_MORNING, NEXT_MORNING.plusDays(20), List.of()).event().completedInTime())
                    .isFalse();
            assertThat(assessment.work().flags()).extracting(Flag::code, Flag::on)
                    .containsExactly(tuple("assessment.completed-late", NEXT_MORNING));
        }
    }

    @Nested
    class ACompletionDay {

        @Test
        void isNotInTheFuture() {
            Assessment assessment = childInNeed();
            RuleViolation violation = refused(() -> assessment.complete(NEXT_MORNING, DUE, List.of()));
            assertThat(violation.rule()).isEqualTo("assessment.completed-in-future");
            assertThat(violation.field()).isEqualTo("completedOn");
            assertThat(assessment.work().completedOn()).isEmpty();
        }

        @Test
        void isNotBeforeTheAssessmentStarted() {
            Assessment assessment = childInNeed();
            RuleViolation violation = refused(() -> assessment.complete(STARTED.minusDays(1), DUE, List.of()));
            assertThat(violation.rule()).isEqualTo("assessment.completed-before-started");
            assertThat(violation.field()).isEqualTo("completedOn");
        }

        @Test
        void isNotBeforeTheAssessorWasAssignedNorBeforeANeedWasFound() {
            Assessment assessment = childInNeed();
            assessment.assign("sw-1", LocalDate.of(2024, 4, 2), DUE);
            RuleViolation violation = refused(() -> assessment.complete(LocalDate.of(2024, 4, 1), DUE, List.of()));
            assertThat(violation.rule()).isEqualTo("assessment.completed-out-of-order");
            assertThat(violation.field()).isEqualTo("completedOn");
            assertThat(violation.getMessage()).contains("sw-1", "2024-04-02");

            assessment.recordNeed(unmet("N1", "Waiting for the OT report"), LocalDate.of(2024, 4, 20), DUE);
            assertThat(refused(() -> assessment.complete(LocalDate.of(2024, 4, 19), DUE, List.of())).getMessage())
                    .contains("need N1", "2024-04-20");
            assertThat(assessment.complete(LocalDate.of(2024, 4, 20), DUE, List.of()).event().completedDate())
                    .isEqualTo(LocalDate.of(2024, 4, 20));
        }
    }

    @Nested
    class AnAssessorAssignment {

        @Test
        void isFromTheDayTheyTookTheAssessmentOn() {
            Assessment assessment = childInNeed();
            assessment.assign("sw-1", LocalDate.of(2024, 3, 5), DUE);
            assertThat(assessment.work().assessors())
                    .containsExactly(new AssessorAssignment("sw-1", LocalDate.of(2024, 3, 5)));
            assertThat(last(assessment, "ASSESSOR_ASSIGNED").on()).isEqualTo(LocalDate.of(2024, 3, 5));
        }

        @Test
        void isNotInTheFutureNorBeforeTheStartNorBeforeTheAssessorItReplaces() {
            Assessment assessment = childInNeed();
            assertThat(refused(() -> assessment.assign("sw-1", DUE.plusDays(1), DUE)).rule())
                    .isEqualTo("assessment.assessor-in-future");
            assertThat(refused(() -> assessment.assign("sw-1", STARTED.minusDays(1), DUE)).rule())
                    .isEqualTo("assessment.assessor-before-started");
            assessment.assign("sw-1", LocalDate.of(2024, 3, 20), DUE);
            RuleViolation outOfOrder = refused(() -> assessment.assign("sw-2", LocalDate.of(2024, 3, 19), DUE));
            assertThat(outOfOrder.rule()).isEqualTo("assessment.assessor-out-of-order");
            assertThat(outOfOrder.field()).isEqualTo("from");
            assertThat(assessment.work().assessors()).hasSize(1);
        }

        @Test
        void aThirdAssessorIsFlaggedFromTheDayTheyTookOver() {
            Assessment assessment = childInNeed();
            assessment.assign("sw-1", LocalDate.of(2024, 3, 5), DUE);
            assessment.assign("sw-2", LocalDate.of(2024, 3, 20), DUE);
            assessment.assign("sw-3", LocalDate.of(2024, 4, 15), DUE);
            assertThat(assessment.work().flags()).singleElement()
                    .isEqualTo(new Flag("assessment.third-assessor", "sw-3", LocalDate.of(2024, 4, 15)));
        }
    }

    @Nested
    class NeedsAndCsdpaConsideration {

        @Test
        void aResourceLedReasonIsFlaggedFromTheDayTheNeedWasFound() {
            Assessment assessment = childInNeed();
            assessment.recordNeed(unmet("N1", "The team is at capacity"), LocalDate.of(2024, 3, 12), DUE);
            assertThat(assessment.work().flags()).extracting(Flag::on).containsExactly(LocalDate.of(2024, 3, 12));
            assertThat(last(assessment, "NEED_RECORDED").on()).isEqualTo(LocalDate.of(2024, 3, 12));
        }

        @Test
        void areNotRecordedBeforeTheStartNorInTheFuture() {
            Assessment assessment = childInNeed();
            assertThat(refused(() -> assessment.recordNeed(unmet("N1", "Waiting"), STARTED.minusDays(1), DUE)).rule())
                    .isEqualTo("assessment.need-before-started");
            assertThat(refused(() -> assessment.considerCsdpa2(Csdpa2Category.ADAPTATIONS, true, DUE.plusDays(1), DUE))
                    .rule()).isEqualTo("assessment.csdpa-s2-in-future");
            assertThat(assessment.work().needs()).isEmpty();
            assertThat(assessment.work().s2()).isEmpty();
        }
    }

    @Nested
    class ProvisionReviewsAndEhcPlans {

        @Test
        void provisionStartedLateIsFlaggedFromTheDayItStartedAndNotBeforeTheAssessmentStarted() {
            Assessment assessment = childInNeed();
            assessment.recordNeed(unmet("N1", "Waiting for a provider"), STARTED, DUE);
            assessment.complete(DUE, DUE, List.of());
            Provision beforeStart = new Provision(UUID.randomUUID(), "N1", Provision.Kind.SERVICE, 5000, DUE,
                    STARTED.minusDays(1));
            assertThat(refused(() -> assessment.startProvision(beforeStart, DUE)).rule())
                    .isEqualTo("provision.start-before-assessment-started");
            Provision late = new Provision(UUID.randomUUID(), "N1", Provision.Kind.SERVICE, 5000, DUE,
                    LocalDate.of(2024, 6, 13));
            assessment.startProvision(late, LocalDate.of(2024, 7, 1));
            assertThat(assessment.work().flags()).filteredOn(f -> f.code().equals("provision.started-late"))
                    .extracting(Flag::on).containsExactly(LocalDate.of(2024, 6, 13));
        }

        @Test
        void aLateReviewIsFlaggedFromTheDayItWasHeld() {
            Assessment assessment = childInNeed();
            assessment.complete(DUE, DUE, List.of());
            assessment.startPlan(LocalDate.of(2024, 5, 10), LocalDate.of(2024, 5, 10));
            // first review due 10 Aug 2024, held 12 Aug, recorded 2 Sep
            assessment.reviewPlan(LocalDate.of(2024, 8, 12), LocalDate.of(2024, 9, 2));
            assertThat(assessment.work().flags()).singleElement()
                    .isEqualTo(new Flag("cin-plan.review-late", "2024-08-10", LocalDate.of(2024, 8, 12)));
        }

        @Test
        void anEhcPlanIssuedWhileTheAssessmentWasOpenFlagsItFromTheDayItWasIssued() {
            Assessment assessment = childInNeed();
            EhcPlanUpdate update = EhcPlanUpdate.record(UUID.randomUUID(), "CR-104233", LocalDate.of(2024, 3, 20), true,
                    List.of(assessment), LocalDate.of(2024, 4, 10));
            assertThat(update.flags()).extracting(Flag::on).containsExactly(LocalDate.of(2024, 3, 20));
            assertThat(assessment.work().flags()).extracting(Flag::on).containsExactly(LocalDate.of(2024, 3, 20));
        }

        @Test
        void anEhcPlanIssuedBeforeTheAssessmentStartedDoesNotFlagIt() {
            Assessment assessment = childInNeed();
            EhcPlanUpdate update = EhcPlanUpdate.record(UUID.randomUUID(), "CR-104233", STARTED.minusDays(1), true,
                    List.of(assessment), LocalDate.of(2024, 4, 10));
            assertThat(update.flags()).isEmpty();
            assertThat(assessment.work().flags()).isEmpty();
        }
    }

    @Nested
    class TheTimeline {

        private static final Instant FIRST_STORED = Instant.parse("2024-03-04T09:00:00Z");
        private static final Instant LATER = Instant.parse("2024-05-10T08:30:00Z");

        @Test
        void showsTheDayItHappenedAndWhenAndByWhomItWasRecorded() {
            Assessment assessment = childInNeed();
            assessment.work().markRecorded(FIRST_STORED, "sw-1");
            assessment.complete(DUE, NEXT_MORNING, List.of());
            assessment.work().markRecorded(LATER, "sw-2");
            assertThat(assessment.work().timeline()).containsExactly(
                    new TimelineEntry(STARTED, "OPENED", null, FIRST_STORED, "sw-1"),
                    new TimelineEntry(DUE, "COMPLETED", null, LATER, "sw-2"));
        }

        @Test
        void keepsEntriesStoredBeforeRecordingWasKeptWithoutATimeOrActor() {
            AssessmentWork work = new AssessmentWork(Team.CHILDRENS_SOCIAL_CARE, List.of(), null, null, null, null,
                    null, List.of(new TimelineEntry(STARTED, "OPENED", null)), null, null, null);
            Assessment assessment = new Assessment(UUID.randomUUID(),
                    new CaseReference(Assessment.REFERENCE_PREFIX, 2024, 10), "CR-104233", AssessmentType.CHILD_IN_NEED,
                    AssessmentTimescale.startOn(CALENDAR, STARTED), null, null, false, work);
            assessment.assign("sw-1", STARTED, DUE);
            work.markRecorded(LATER, "sw-2");
            assertThat(work.timeline()).containsExactly(new TimelineEntry(STARTED, "OPENED", null),
                    new TimelineEntry(STARTED, "ASSESSOR_ASSIGNED", "sw-1", LATER, "sw-2"));
        }
    }
}
