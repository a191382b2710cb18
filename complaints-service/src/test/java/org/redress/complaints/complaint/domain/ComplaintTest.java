package org.redress.complaints.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redress.contracts.CaseReference;
import org.redress.contracts.problem.RuleViolation;
import org.redress.statutorytime.ClockState;
import org.redress.statutorytime.WorkingDayCalendar;

class ComplaintTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final CaseReference REFERENCE = new CaseReference("CMP", 2023, 7);

    private static NewComplaint receivedOn(LocalDate received, LocalDate matterArose) {
        return new NewComplaint(received, Channel.EMAIL, ComplainantRole.PARENT, List.of("CR-104233"),
                List.of("Assessment late", "No short breaks offered"), List.of("Reassess"), matterArose);
    }

    private static Complaint.Registration register(NewComplaint details, LocalDate today) {
        return Complaint.register(UUID.randomUUID(), REFERENCE, details, today, IntakeTimescales.defaults(CALENDAR));
    }

    @Nested
    class Registering {

        @Test
        void numbersThePointsInTheOrderGiven() {
            Complaint complaint = register(receivedOn(LocalDate.of(2023, 12, 15), null), LocalDate.of(2023, 12, 15))
                    .complaint();
            assertThat(complaint.points()).containsExactly(new ComplaintPoint(1, "Assessment late"),
                    new ComplaintPoint(2, "No short breaks offered"));
        }

        @Test
        void announcesTheStageOneDueDateTenWorkingDaysAfterReceiptSkippingChristmas() {
            // 10 working days after Friday 15 Dec 2023 skips 25, 26 Dec and 1 Jan: Wednesday 3 Jan 2024
            var registration = register(receivedOn(LocalDate.of(2023, 12, 15), null), LocalDate.of(2023, 12, 18));
            assertThat(registration.registered().stageOneDueDate()).isEqualTo(LocalDate.of(2024, 1, 3));
            assertThat(registration.registered().reference()).isEqualTo(REFERENCE.toString());
            assertThat(registration.complaint().stageOneClock().orElseThrow().snapshotOn(LocalDate.of(2023, 12, 18)).state())
                    .isEqualTo(ClockState.ON_TRACK);
        }

        @Test
        void refusesAComplaintReceivedAfterToday() {
            assertThatThrownBy(() -> register(receivedOn(LocalDate.of(2026, 12, 1), null), LocalDate.of(2026, 11, 25)))
                    .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                        assertThat(violation.rule()).isEqualTo("intake.received-date-in-future");
                        assertThat(violation.field()).isEqualTo("receivedDate");
                    });
        }

        @Test
        void refusesAMatterThatAroseAfterTheComplaintWasReceived() {
            assertThatThrownBy(() -> register(receivedOn(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3)),
                    LocalDate.of(2026, 11, 25)))
                    .isInstanceOfSatisfying(RuleViolation.class,
                            violation -> assertThat(violation.rule()).isEqualTo("intake.matter-after-receipt"));
        }
    }
}
