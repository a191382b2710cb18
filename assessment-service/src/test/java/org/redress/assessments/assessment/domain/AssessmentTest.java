package org.redress.assessments.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
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

    private static Assessment.Opening openOn(LocalDate today, String childRef, RemedyLink remedy) {
        return Assessment.openForRemedy(UUID.randomUUID(), REFERENCE, childRef, remedy, today, CALENDAR);
    }

    @Nested
    class TheFortyFiveWorkingDayClock {

        @Test
        void runsFromTheDayTheReassessmentIsOpenedSkippingEasterAndTheEarlyMayBankHoliday() {
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
        void isAChildInNeedAssessmentStartingToday() {
            Assessment assessment = openOn(LocalDate.of(2024, 3, 4), "CR-104233", REMEDY).assessment();
            assertThat(assessment.type()).isEqualTo(AssessmentType.CHILD_IN_NEED);
            assertThat(assessment.startDate()).isEqualTo(LocalDate.of(2024, 3, 4));
            assertThat(assessment.clock().limit()).isEqualTo(AssessmentTimescale.WORKING_DAYS);
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
}
