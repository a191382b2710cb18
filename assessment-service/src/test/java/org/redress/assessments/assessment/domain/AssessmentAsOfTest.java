package org.redress.assessments.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redress.contracts.CaseReference;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;
import org.redress.statutorytime.ClockState;
import org.redress.statutorytime.WorkingDayCalendar;

/**
 * An assessment read as it stood at the end of a past day (DOMAIN §5), from its own history: everything below was
 * recorded on 1 October 2024, months after it happened, and each day still reads as it stood.
 */
class AssessmentAsOfTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    // Monday 4 March 2024 + 45 working days: Thursday 9 May 2024 (counted by hand in AssessmentTest)
    private static final LocalDate STARTED = LocalDate.of(2024, 3, 4);
    private static final LocalDate RECORDED = LocalDate.of(2024, 10, 1);
    private static final String FEWER_PROFESSIONALS = "Keep the children's contact with professionals to a minimum";
    private static final String NAMED_CONTACT = "One named contact for the family throughout";

    /**
     * Opened 4 March under one condition, a second agreed 1 April; assessors from 4 March, 1 April and (a third,
     * flagged) 20 May; N1 found 11 March, N2 15 May; CSDPA s2 travel considered 2 April; completed late on 24 May
     * with a sibling carer; provision for N1 started 3 June; a child in need plan from 24 May, first reviewed late
     * on 1 September (due 24 August).
     */
    private static Assessment history() {
        Assessment assessment = Assessment.open(UUID.randomUUID(), new CaseReference(Assessment.REFERENCE_PREFIX, 2024, 9),
                new Assessment.Request(UUID.randomUUID(), "CR-104233", STARTED, true, AssessmentType.CHILD_IN_NEED,
                        Team.CHILDRENS_SOCIAL_CARE, List.of(FEWER_PROFESSIONALS)), CALENDAR).assessment();
        assessment.assign("sw-ana", STARTED, RECORDED);
        assessment.recordNeed(new Need("N1", NeedArea.HEALTH, "Physiotherapy", true, 12, WayMet.NOT_MET,
                "Waiting for a provider", false), LocalDate.of(2024, 3, 11), RECORDED);
        assessment.assign("sw-ben", LocalDate.of(2024, 4, 1), RECORDED);
        assessment.addConditions(List.of(NAMED_CONTACT), LocalDate.of(2024, 4, 1), RECORDED);
        for (Csdpa2Category category : Csdpa2Category.values()) {
            assessment.considerCsdpa2(category, false, LocalDate.of(2024, 4, 2), RECORDED);
        }
        assessment.recordNeed(new Need("N2", NeedArea.EDUCATION, "Homework club", true, 9, WayMet.LOCAL_OFFER,
                "Local offer meets it", false), LocalDate.of(2024, 5, 15), RECORDED);
        assessment.assign("sw-cat", LocalDate.of(2024, 5, 20), RECORDED);
        assessment.complete(LocalDate.of(2024, 5, 24), RECORDED,
                List.of(new CaringFamilyMember(CaringFamilyMember.Relationship.SIBLING, null)));
        assessment.startProvision(new Provision(UUID.randomUUID(), "N1", Provision.Kind.SERVICE, 5000,
                LocalDate.of(2024, 5, 24), LocalDate.of(2024, 6, 3)), RECORDED);
        assessment.startPlan(LocalDate.of(2024, 5, 24), RECORDED);
        assessment.reviewPlan(LocalDate.of(2024, 9, 1), RECORDED);
        return assessment;
    }

    @Test
    void aDayBeforeItsDueDateReadsOpenAndOnTrackWithOnlyWhatHadHappenedByThen() {
        Assessment then = history().asOf(LocalDate.of(2024, 3, 20));
        assertThat(then.clock().snapshotOn(LocalDate.of(2024, 3, 20)).state()).isEqualTo(ClockState.ON_TRACK);
        assertThat(then.work().completedOn()).isEmpty();
        assertThat(then.work().assessors()).extracting(AssessorAssignment::assessor).containsExactly("sw-ana");
        assertThat(then.work().needs()).extracting(Need::code).containsExactly("N1");
        assertThat(then.work().conditions()).containsExactly(FEWER_PROFESSIONALS);
        assertThat(then.work().s2()).isEmpty();
        assertThat(then.work().flags()).isEmpty();
        assertThat(then.work().timeline()).extracting(TimelineEntry::what)
                .containsExactly("OPENED", "CONDITION_ADDED", "ASSESSOR_ASSIGNED", "NEED_RECORDED");
    }

    @Test
    void theDayAfterItsDueDateReadsOverdueThoughItWasCompletedLater() {
        Assessment then = history().asOf(LocalDate.of(2024, 5, 10));
        assertThat(then.clock().snapshotOn(LocalDate.of(2024, 5, 10)).state()).isEqualTo(ClockState.OVERDUE);
        assertThat(then.dueDate()).isEqualTo(LocalDate.of(2024, 5, 9));
        assertThat(then.work().completedOn()).isEmpty();
        assertThat(then.work().carers()).isEmpty();
        assertThat(then.work().assessors()).extracting(AssessorAssignment::assessor).containsExactly("sw-ana", "sw-ben");
        assertThat(then.work().conditions()).containsExactly(FEWER_PROFESSIONALS, NAMED_CONTACT);
        assertThat(then.work().s2()).hasSize(Csdpa2Category.values().length);
        assertThat(then.work().needs()).extracting(Need::code).containsExactly("N1");
        assertThat(then.work().flags()).isEmpty();
        assertThat(then.work().plan()).isEmpty();
    }

    @Test
    void flagsStandFromTheDayTheyWereRaised() {
        Assessment then = history().asOf(LocalDate.of(2024, 5, 21));
        assertThat(then.work().flags()).extracting(Flag::code).containsExactly("assessment.third-assessor");
        assertThat(then.work().needs()).extracting(Need::code).containsExactly("N1", "N2");
    }

    @Test
    void theDayItWasCompletedReadsMissedWithTheFamilysCarersAndNoProvisionYet() {
        Assessment then = history().asOf(LocalDate.of(2024, 5, 24));
        assertThat(then.clock().snapshotOn(LocalDate.of(2024, 5, 24)).state()).isEqualTo(ClockState.MISSED);
        assertThat(then.work().completedOn()).contains(LocalDate.of(2024, 5, 24));
        assertThat(then.work().carers()).hasSize(1);
        assertThat(then.work().flags()).extracting(Flag::code).containsExactly("assessment.third-assessor",
                "assessment.carer-assessment-prompted", "assessment.completed-late");
        assertThat(then.work().provisions()).isEmpty();
        assertThat(then.work().plan()).map(ChildInNeedPlan::startDate).contains(LocalDate.of(2024, 5, 24));
    }

    @Test
    void aPlanReviewNotYetHeldOnItsDueDateReadsOverdueUntilItWas() {
        Assessment before = history().asOf(LocalDate.of(2024, 8, 30));
        ChildInNeedPlan plan = before.work().plan().orElseThrow();
        assertThat(plan.reviews()).isEmpty();
        // first review within 3 months of 24 May: due 24 August
        assertThat(plan.nextReviewOn(LocalDate.of(2024, 8, 30)).dueDate()).isEqualTo(LocalDate.of(2024, 8, 24));
        assertThat(plan.nextReviewOn(LocalDate.of(2024, 8, 30)).state()).isEqualTo(ChildInNeedPlan.ReviewState.OVERDUE);
        assertThat(before.work().provisions()).extracting(Provision::startedOn).containsExactly(LocalDate.of(2024, 6, 3));
        assertThat(before.work().flags()).extracting(Flag::code).doesNotContain("cin-plan.review-late");

        Assessment after = history().asOf(LocalDate.of(2024, 9, 1));
        assertThat(after.work().plan().orElseThrow().reviews()).containsExactly(LocalDate.of(2024, 9, 1));
        assertThat(after.work().flags()).extracting(Flag::code).contains("cin-plan.review-late");
    }

    @Test
    void readsEverythingOnADayAfterTheLastThingHappened() {
        Assessment now = history();
        Assessment then = now.asOf(RECORDED);
        assertThat(then.work().timeline()).isEqualTo(now.work().timeline());
        assertThat(then.work().flags()).isEqualTo(now.work().flags());
        assertThat(then.work().completedOn()).isEqualTo(now.work().completedOn());
    }

    @Test
    void aDayBeforeItStartedIsNotFoundNamingAsOf() {
        assertThatThrownBy(() -> history().asOf(LocalDate.of(2024, 3, 3))).isInstanceOfSatisfying(RuleViolation.class,
                violation -> {
                    assertThat(violation.rule()).isEqualTo("assessment.not-started-as-of");
                    assertThat(violation.kind()).isEqualTo(ProblemKind.NOT_FOUND);
                    assertThat(violation.field()).isEqualTo("asOf");
                });
    }
}
