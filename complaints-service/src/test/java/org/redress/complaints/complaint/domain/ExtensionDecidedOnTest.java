package org.redress.complaints.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redress.contracts.CaseReference;
import org.redress.contracts.problem.RuleViolation;
import org.redress.statutorytime.WorkingDayCalendar;

/**
 * A stage 1 extension is on the record on the day it was decided (decidedOn, today when not given), checked
 * against the complaint's own dates, and dated so on the timeline. Received Monday 5 January 2026: stage 1 is due
 * Monday 19 January, extended to 20 working days Monday 2 February.
 */
class ExtensionDecidedOnTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static Complaint received() {
        NewComplaint details = new NewComplaint(LocalDate.of(2026, 1, 5), Channel.LETTER, ComplainantRole.PARENT,
                List.of("CR-200001"), List.of("The plan was not reviewed"), List.of(), null,
                List.of(SubjectMatter.ASSESSMENT));
        return Complaint.register(UUID.randomUUID(), new CaseReference("CMP", 2026, 80), details, TODAY,
                IntakeTimescales.defaults(CALENDAR)).complaint();
    }

    @Test
    void isDatedOnTheTimelineTheDayItWasDecided() {
        Complaint complaint = received();
        Change extended = complaint.stageOne().extend(20, "an advocate is needed", LocalDate.of(2026, 1, 14),
                LocalDate.of(2026, 1, 13), TODAY);
        assertThat(extended.notes()).singleElement().satisfies(note -> {
            assertThat(note.what()).isEqualTo("stage-1.extended");
            assertThat(note.happenedOn()).isEqualTo(LocalDate.of(2026, 1, 13));
        });
        assertThat(complaint.progress().stageOneExtension().decidedOn()).isEqualTo(LocalDate.of(2026, 1, 13));
    }

    @Test
    void countsAsOfTheDayItWasDecided() {
        Complaint complaint = received();
        complaint.stageOne().extend(20, "an advocate is needed", LocalDate.of(2026, 1, 14), LocalDate.of(2026, 1, 13),
                TODAY);
        assertThat(complaint.asOf(LocalDate.of(2026, 1, 12), CALENDAR).stageOneClock().orElseThrow()
                .snapshotOn(LocalDate.of(2026, 1, 12)).effectiveDueDate()).isEqualTo(LocalDate.of(2026, 1, 19));
        assertThat(complaint.asOf(LocalDate.of(2026, 1, 13), CALENDAR).stageOneClock().orElseThrow()
                .snapshotOn(LocalDate.of(2026, 1, 13)).effectiveDueDate()).isEqualTo(LocalDate.of(2026, 2, 2));
    }

    @Test
    void isTodayWhenNotGiven() {
        Complaint complaint = received();
        complaint.stageOne().extend(20, "an advocate is needed", LocalDate.of(2026, 1, 14), null, TODAY);
        assertThat(complaint.progress().stageOneExtension().decidedOn()).isEqualTo(TODAY);
    }

    @Test
    void isRefusedBeforeTheComplaintWasReceivedOrAfterToday() {
        assertThatThrownBy(() -> received().stageOne().extend(20, "an advocate is needed", LocalDate.of(2026, 1, 14),
                LocalDate.of(2026, 1, 2), TODAY)).isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.rule()).isEqualTo("date.before-receipt");
                    assertThat(v.field()).isEqualTo("decidedOn");
                });
        assertThatThrownBy(() -> received().stageOne().extend(20, "an advocate is needed", LocalDate.of(2026, 1, 14),
                TODAY.plusDays(1), TODAY)).isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.rule()).isEqualTo("date.in-future"));
    }
}
