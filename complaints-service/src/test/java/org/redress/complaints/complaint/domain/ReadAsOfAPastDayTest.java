package org.redress.complaints.complaint.domain;

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
import org.redress.statutorytime.ClockSnapshot;
import org.redress.statutorytime.ClockState;
import org.redress.statutorytime.WorkingDayCalendar;

/**
 * The record is the evidence: a complaint read as of a past day shows its clocks, due dates, stage and holds as
 * they stood at the end of that day, from the dates its steps happened on. Dates worked out by hand (DOMAIN §1:
 * day 0 is receipt, the due date is the limit-th working day after it).
 */
class ReadAsOfAPastDayTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    /** Monday 5 January 2026: stage 1 is due on the 10th working day after, Monday 19 January. */
    private static final LocalDate RECEIVED = LocalDate.of(2026, 1, 5);
    private static final LocalDate DUE = LocalDate.of(2026, 1, 19);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static Complaint received() {
        NewComplaint details = new NewComplaint(RECEIVED, Channel.LETTER, ComplainantRole.PARENT, List.of("CR-200001"),
                List.of("The plan was not reviewed", "No one called back"), List.of(), null,
                List.of(SubjectMatter.ASSESSMENT));
        return Complaint.register(UUID.randomUUID(), new CaseReference("CMP", 2026, 78), details, TODAY,
                IntakeTimescales.defaults(CALENDAR)).complaint();
    }

    private static Complaint respondedLate() {
        Complaint complaint = received();
        complaint.stageOne().respond(LocalDate.of(2026, 1, 21), ComplaintProcedureTest.upheld(), List.of(), List.of(),
                TODAY);
        return complaint;
    }

    private static ClockSnapshot stageOne(Complaint complaint, LocalDate day) {
        return complaint.asOf(day, CALENDAR).stageOneClock().orElseThrow().snapshotOn(day);
    }

    @Nested
    class AStageOneResponseDatedAfterTheDay {

        @Test
        void leavesStageOneOpenAndOverdueTheDayAfterItsDueDate() {
            Complaint then = respondedLate().asOf(LocalDate.of(2026, 1, 20), CALENDAR);
            assertThat(then.state()).isEqualTo(ComplaintState.STAGE_1_OPEN);
            assertThat(then.progress().stageOneResponse()).isNull();
            ClockSnapshot clock = then.stageOneClock().orElseThrow().snapshotOn(LocalDate.of(2026, 1, 20));
            assertThat(clock.state()).isEqualTo(ClockState.OVERDUE);
            assertThat(clock.effectiveDueDate()).isEqualTo(DUE);
            assertThat(clock.daysLeft()).isEqualTo(-1);
        }

        @Test
        void leavesStageOneDueSoonOnTheFridayBefore() {
            // Friday 16 January: 9 working days used (6-9, 12-16 January), 1 left
            ClockSnapshot clock = stageOne(respondedLate(), LocalDate.of(2026, 1, 16));
            assertThat(clock.state()).isEqualTo(ClockState.DUE_SOON);
            assertThat(clock.daysLeft()).isEqualTo(1);
        }

        @Test
        void isOnRecordFromItsOwnDayAsMissed() {
            Complaint then = respondedLate().asOf(LocalDate.of(2026, 1, 21), CALENDAR);
            assertThat(then.state()).isEqualTo(ComplaintState.STAGE_1_RESPONDED);
            assertThat(then.progress().stageOneResponse().decidedOn()).isEqualTo(LocalDate.of(2026, 1, 21));
            assertThat(stageOne(respondedLate(), LocalDate.of(2026, 1, 21)).state()).isEqualTo(ClockState.MISSED);
        }
    }

    @Test
    void anExtensionCountsFromTheDayTheComplainantWasToldOfIt() {
        Complaint complaint = received();
        complaint.stageOne().extend(20, "an advocate is needed", LocalDate.of(2026, 1, 14), TODAY);
        assertThat(stageOne(complaint, LocalDate.of(2026, 1, 13)).effectiveDueDate()).isEqualTo(DUE);
        assertThat(complaint.asOf(LocalDate.of(2026, 1, 13), CALENDAR).progress().stageOneExtension()).isNull();
        // 20 working days: 19 January is the 10th, 2 February the 20th
        assertThat(stageOne(complaint, LocalDate.of(2026, 1, 14)).effectiveDueDate()).isEqualTo(LocalDate.of(2026, 2, 2));
    }

    @Test
    void aHoldReleasedAfterTheDayWasStillOpenThenAndTheClockPaused() {
        Complaint complaint = received();
        complaint.holds().place(Hold.HoldReason.COMPLAINANT_REQUEST, LocalDate.of(2026, 1, 7), LocalDate.of(2026, 1, 7),
                LocalDate.of(2026, 1, 30), TODAY);
        complaint.holds().release(LocalDate.of(2026, 1, 12), TODAY);
        Complaint then = complaint.asOf(LocalDate.of(2026, 1, 9), CALENDAR);
        assertThat(then.openHold()).isPresent();
        assertThat(stageOne(complaint, LocalDate.of(2026, 1, 9)).state()).isEqualTo(ClockState.PAUSED);
        // released on Monday 12 January: 8, 9 and 12 January paused, so due 3 working days later, Thursday 22 January
        assertThat(stageOne(complaint, LocalDate.of(2026, 1, 12)).effectiveDueDate()).isEqualTo(LocalDate.of(2026, 1, 22));
        assertThat(complaint.asOf(LocalDate.of(2026, 1, 6), CALENDAR).progress().holds()).isEmpty();
    }

    @Test
    void readAsOfTheDayOfItsLastStepItIsAsStored() {
        Complaint complaint = respondedLate();
        Complaint then = complaint.asOf(TODAY, CALENDAR);
        assertThat(then.progress()).isEqualTo(complaint.progress());
    }

    @Test
    void aComplaintReceivedAfterTheDayIsNotFound() {
        assertThatThrownBy(() -> received().asOf(LocalDate.of(2026, 1, 2), CALENDAR))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.rule()).isEqualTo("complaint.not-yet-received");
                    assertThat(violation.kind()).isEqualTo(ProblemKind.NOT_FOUND);
                    assertThat(violation.field()).isEqualTo("asOf");
                });
    }
}
