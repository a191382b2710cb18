package org.redress.assessments.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redress.contracts.Bounds;
import org.redress.contracts.CaseReference;
import org.redress.contracts.problem.RuleViolation;
import org.redress.statutorytime.ClockState;
import org.redress.statutorytime.WorkingDayCalendar;

class AssessmentTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final CaseReference REFERENCE = new CaseReference(Assessment.REFERENCE_PREFIX, 2024, 5);
    private static final UUID REMEDY_CASE = UUID.fromString("9b2e4f10-6a7d-4e21-8c3b-5f0a1d2e3c4b");
    private static final UUID ACTION = UUID.fromString("0d6f3a8c-2e4b-4f71-a9c5-1b7e3d5f9a20");
    private static final RemedyLink REMEDY = new RemedyLink(REMEDY_CASE, "REM-2024-000042-0", ACTION, null,
            LocalDate.of(2024, 4, 1));

    private static Assessment.Opening openOn(LocalDate agreedOn, String childRef, RemedyLink remedy) {
        return Assessment.openForRemedy(UUID.randomUUID(), REFERENCE, Assessment.Subject.child(childRef), remedy,
                agreedOn, List.of(), CALENDAR);
    }

    @Nested
    class TheFortyFiveWorkingDayClock {

        @Test
        void runsFromTheDayTheRemedyAgreedTheReassessmentSkippingEasterAndTheEarlyMayBankHoliday() {
            // Counted by hand from Monday 4 March 2024 (day 0):
            //   Mar  5-8 .............. 4   Mar 11-15 ... 9   Mar 18-22 ... 14   Mar 25-28 ... 18
            //   (Fri 29 Mar Good Friday, Mon 1 Apr Easter Monday: not working days)
            //   Apr  2-5 .............. 22  Apr 8-12 ... 27   Apr 15-19 ... 32   Apr 22-26 ... 37
            //   Apr 29-30 ............. 39  May 1-3 .... 42
            //   (Mon 6 May early May bank holiday: not a working day)
            //   May  7, 8, 9 .......... 45  -> due Thursday 9 May 2024
            Assessment assessment = openOn(LocalDate.of(2024, 3, 4), "CR-104233", REMEDY).assessment();
            assertThat(assessment.dueDate()).isEqualTo(LocalDate.of(2024, 5, 9));
            assertThat(assessment.clock().snapshotOn(LocalDate.of(2024, 5, 9)).state()).isEqualTo(ClockState.DUE_SOON);
            assertThat(assessment.clock().snapshotOn(LocalDate.of(2024, 5, 10)).state()).isEqualTo(ClockState.OVERDUE);
        }

        @Test
        void isAChildInNeedAssessmentStartingOnTheDayItWasAgreed() {
            Assessment assessment = openOn(LocalDate.of(2024, 3, 4), "CR-104233", REMEDY).assessment();
            assertThat(assessment.type()).isEqualTo(AssessmentType.CHILD_IN_NEED);
            assertThat(assessment.startDate()).isEqualTo(LocalDate.of(2024, 3, 4));
            assertThat(assessment.clock().limit()).isEqualTo(AssessmentTimescale.WORKING_DAYS);
        }
    }

    private static final String FEWER_PROFESSIONALS = "Keep the children's contact with professionals to a minimum";
    private static final String NAMED_CONTACT = "One named contact for the family throughout";

    @Nested
    class AddingConditions {

        private final LocalDate started = LocalDate.of(2024, 3, 4);
        private final LocalDate today = LocalDate.of(2024, 3, 20);

        private Assessment open() {
            return openOn(started, "CR-104233", REMEDY).assessment();
        }

        @Test
        void addsThoseNotYetRecordedOnTheDayTheyWereAgreed() {
            Assessment assessment = open();
            assessment.addConditions(List.of(NAMED_CONTACT), LocalDate.of(2024, 3, 11), today);
            assessment.addConditions(List.of(NAMED_CONTACT, FEWER_PROFESSIONALS), today, today);
            assertThat(assessment.work().conditions()).containsExactly(NAMED_CONTACT, FEWER_PROFESSIONALS);
            assertThat(assessment.work().timeline()).filteredOn(entry -> entry.what().equals("CONDITION_ADDED"))
                    .extracting(TimelineEntry::on, TimelineEntry::about)
                    .containsExactly(tuple(LocalDate.of(2024, 3, 11), NAMED_CONTACT),
                            tuple(today, FEWER_PROFESSIONALS));
        }

        @Test
        void refusesThemOnceTheAssessmentIsCompleted() {
            Assessment assessment = open();
            assessment.complete(today, today, List.of());
            assertThatThrownBy(() -> assessment.addConditions(List.of(NAMED_CONTACT), today, today))
                    .isInstanceOfSatisfying(RuleViolation.class,
                            v -> assertThat(v.rule()).isEqualTo("assessment.already-completed"));
            assertThat(assessment.work().conditions()).isEmpty();
        }

        @Test
        void refusesADayBeforeTheStartOrAfterToday() {
            Assessment assessment = open();
            assertThatThrownBy(() -> assessment.addConditions(List.of(NAMED_CONTACT), started.minusDays(1), today))
                    .isInstanceOfSatisfying(RuleViolation.class,
                            v -> assertThat(v.rule()).isEqualTo("assessment.condition-before-started"));
            assertThatThrownBy(() -> assessment.addConditions(List.of(NAMED_CONTACT), today.plusDays(1), today))
                    .isInstanceOfSatisfying(RuleViolation.class,
                            v -> assertThat(v.rule()).isEqualTo("assessment.condition-in-future"));
            assertThat(assessment.work().conditions()).isEmpty();
        }

        @Test
        void refusesMoreThanAnAssessmentRecordsAndAddsNoneOfThem() {
            Assessment assessment = open();
            List<String> most = IntStream.range(0, Bounds.MAX_LIST_SIZE - 1)
                    .mapToObj(i -> "condition " + i).toList();
            assessment.addConditions(most, today, today);
            assertThatThrownBy(() -> assessment.addConditions(List.of("one more", "and another"), today, today))
                    .isInstanceOfSatisfying(RuleViolation.class,
                            v -> assertThat(v.rule()).isEqualTo("assessment.too-many-conditions"));
            assertThat(assessment.work().conditions()).hasSize(Bounds.MAX_LIST_SIZE - 1);
            assessment.addConditions(List.of("one more", "condition 0"), today, today);
            assertThat(assessment.work().conditions()).hasSize(Bounds.MAX_LIST_SIZE);
        }
    }

    @Nested
    class OpeningForARemedy {

        @Test
        void keepsTheLinkToTheRemedyAction() {
            Assessment assessment = openOn(LocalDate.of(2024, 3, 4), "CR-104233", REMEDY).assessment();
            assertThat(assessment.remedy()).contains(REMEDY);
        }

        @Test
        void announcesTheAssessmentWithTheRemedyCaseActionAndDueDate() {
            var opening = openOn(LocalDate.of(2024, 3, 4), "CR-104233", REMEDY);
            var event = opening.event();
            assertThat(event.assessmentId()).isEqualTo(opening.assessment().id());
            assertThat(event.reference()).isEqualTo(REFERENCE.toString());
            assertThat(event.childRef()).isEqualTo("CR-104233");
            assertThat(event.assessmentType()).isEqualTo("CHILD_IN_NEED");
            assertThat(event.startDate()).isEqualTo(LocalDate.of(2024, 3, 4));
            assertThat(event.dueDate()).isEqualTo(LocalDate.of(2024, 5, 9));
            assertThat(event.remedyCaseId()).isEqualTo(REMEDY_CASE);
            assertThat(event.remedyActionId()).isEqualTo(ACTION);
        }

        @Test
        void recordsTheConditionsItWasAgreedUnderFromItsFirstDayEachOnce() {
            Assessment assessment = Assessment.openForRemedy(UUID.randomUUID(), REFERENCE,
                    Assessment.Subject.child("CR-104233"), REMEDY, LocalDate.of(2024, 3, 4), List.of(FEWER_PROFESSIONALS, NAMED_CONTACT, FEWER_PROFESSIONALS), CALENDAR)
                    .assessment();
            assertThat(assessment.work().conditions()).containsExactly(FEWER_PROFESSIONALS, NAMED_CONTACT);
            assertThat(assessment.work().timeline()).containsExactly(
                    new TimelineEntry(LocalDate.of(2024, 3, 4), "OPENED", null),
                    new TimelineEntry(LocalDate.of(2024, 3, 4), "CONDITION_ADDED", FEWER_PROFESSIONALS),
                    new TimelineEntry(LocalDate.of(2024, 3, 4), "CONDITION_ADDED", NAMED_CONTACT));
        }

        @Test
        void refusesARequestWithoutAChildRecordReference() {
            assertThatThrownBy(() -> openOn(LocalDate.of(2024, 3, 4), "no good!", REMEDY))
                    .isInstanceOfSatisfying(RuleViolation.class,
                            violation -> assertThat(violation.rule()).isEqualTo("reassessment.child-ref-invalid"));
            assertThatThrownBy(() -> openOn(LocalDate.of(2024, 3, 4), null, REMEDY))
                    .isInstanceOfSatisfying(RuleViolation.class,
                            violation -> assertThat(violation.rule()).isEqualTo("reassessment.child-ref-invalid"));
        }

        @Test
        void refusesARequestThatDoesNotNameItsAction() {
            RemedyLink withoutAction = new RemedyLink(REMEDY_CASE, "REM-2024-000042-0", null, null, null);
            assertThatThrownBy(() -> openOn(LocalDate.of(2024, 3, 4), "CR-104233", withoutAction))
                    .isInstanceOfSatisfying(RuleViolation.class,
                            violation -> assertThat(violation.rule()).isEqualTo("reassessment.remedy-action-missing"));
        }
    }

    /**
     * A remedy may ask for a carer's assessment of a carer it names (DOMAIN §3: the whole family is assessed; a
     * parent carer under Children Act 1989 s17ZD, a young carer under s17ZA): opened of that type, for that carer,
     * linked to the remedy action like a child's reassessment, on the 45 working days every assessment has.
     */
    @Nested
    class ACarersAssessmentFromARemedy {

        private Assessment.Opening carers(String type, String carerRef) {
            return Assessment.openForRemedy(UUID.randomUUID(), REFERENCE,
                    new Assessment.Subject("CR-104233", type, carerRef), REMEDY, LocalDate.of(2024, 3, 4),
                    List.of(NAMED_CONTACT), CALENDAR);
        }

        @Test
        void isOpenedOfTheTypeAskedForForTheCarerNamedLinkedToTheRemedyAction() {
            Assessment.Opening opening = carers("PARENT_CARER", "AR-220871");
            Assessment assessment = opening.assessment();
            assertThat(assessment.type()).isEqualTo(AssessmentType.PARENT_CARER);
            assertThat(assessment.carerRef()).contains("AR-220871");
            assertThat(assessment.childRef()).isEqualTo("CR-104233");
            assertThat(assessment.remedy()).contains(REMEDY);
            assertThat(assessment.work().team()).isEqualTo(Team.CHILDRENS_SOCIAL_CARE);
            assertThat(assessment.work().conditions()).containsExactly(NAMED_CONTACT);
            assertThat(opening.event().assessmentType()).isEqualTo("PARENT_CARER");
            assertThat(opening.event().remedyActionId()).isEqualTo(ACTION);
        }

        @Test
        void runsFortyFiveWorkingDaysFromTheDayTheRemedyAgreedIt() {
            // as counted by hand above: Monday 4 March 2024 + 45 working days is Thursday 9 May 2024
            Assessment assessment = carers("YOUNG_CARER", "CR-104234").assessment();
            assertThat(assessment.type()).isEqualTo(AssessmentType.YOUNG_CARER);
            assertThat(assessment.startDate()).isEqualTo(LocalDate.of(2024, 3, 4));
            assertThat(assessment.dueDate()).isEqualTo(LocalDate.of(2024, 5, 9));
        }

        @Test
        void reportsBackToTheRemedyActionWhenCompleted() {
            Assessment assessment = carers("PARENT_CARER", "AR-220871").assessment();
            var completed = assessment.complete(LocalDate.of(2024, 4, 2), LocalDate.of(2024, 4, 2), List.of()).event();
            assertThat(completed.remedyCaseId()).isEqualTo(REMEDY_CASE);
            assertThat(completed.remedyActionId()).isEqualTo(ACTION);
            assertThat(completed.assessmentType()).isEqualTo("PARENT_CARER");
        }

        @Test
        void aChildsReassessmentNamesNoCarer() {
            assertThat(openOn(LocalDate.of(2024, 3, 4), "CR-104233", REMEDY).assessment().carerRef()).isEmpty();
            assertThat(refused(() -> carers("CHILD_IN_NEED", "AR-220871")).rule())
                    .isEqualTo("reassessment.carer-ref-without-carers-assessment");
        }

        @Test
        void refusesACarersAssessmentThatNamesNoCarer() {
            RuleViolation missing = refused(() -> carers("PARENT_CARER", null));
            assertThat(missing.rule()).isEqualTo("reassessment.carer-ref-missing");
            assertThat(missing.field()).isEqualTo("carerRef");
            assertThat(refused(() -> carers("YOUNG_CARER", " ")).rule()).isEqualTo("reassessment.carer-ref-missing");
        }

        @Test
        void refusesACarersAssessmentThatNamesTheCarerByAMalformedReference() {
            RuleViolation malformed = refused(() -> carers("YOUNG_CARER", "Jane Smith"));
            assertThat(malformed.rule()).isEqualTo("reassessment.carer-ref-invalid");
            assertThat(malformed.field()).isEqualTo("carerRef");
            assertThat(refused(() -> carers("PARENT_CARER", "A".repeat(33))).rule())
                    .isEqualTo("reassessment.carer-ref-invalid");
        }

        @Test
        void refusesATypeARemedyCannotAskFor() {
            RuleViolation earlyHelp = refused(() -> carers("EARLY_HELP", null));
            assertThat(earlyHelp.rule()).isEqualTo("reassessment.assessment-type-invalid");
            assertThat(earlyHelp.field()).isEqualTo("assessmentType");
            assertThat(refused(() -> carers("GRANDPARENT_CARER", "AR-220871")).rule())
                    .isEqualTo("reassessment.assessment-type-invalid");
        }

        private RuleViolation refused(Runnable opening) {
            try {
                opening.run();
            } catch (RuleViolation violation) {
                return violation;
            }
            throw new AssertionError("expected the request to be refused");
        }
    }
}
