package org.redress.complaints.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redress.contracts.CaseReference;
import org.redress.statutorytime.WorkingDayCalendar;

/**
 * The lines a complaint gives its timeline read as evidence: registration first, dated the day the
 * complaint was received, and decisions dated the day they were made, in words a complaints manager
 * would write.
 */
class TimelineInWordsTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 1, 5);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void registrationIsTheFirstLineDatedTheDayTheComplaintWasReceived() {
        NewComplaint details = new NewComplaint(RECEIVED, Channel.ONLINE_FORM, ComplainantRole.SPECIAL_GUARDIAN,
                List.of("CR-104233"), List.of("Assessment late", "No short breaks offered", "No reply to emails"),
                List.of(), null, List.of(SubjectMatter.ASSESSMENT));
        Change change = Complaint.register(UUID.randomUUID(), new CaseReference("CMP", 2026, 12), details, TODAY,
                IntakeTimescales.defaults(WorkingDayCalendar.englandAndWales())).change();
        assertThat(change.notes()).first().isEqualTo(new TimelineNote("complaint.registered",
                "received on 2026-01-05 by online form; complainant: special guardian; 3 points; proposed for the"
                        + " statutory children procedure", RECEIVED));
    }

    @Test
    void aStageDecisionIsDatedTheDayItWasMadeAndSaysInWordsWhetherItWasInTime() {
        Complaint complaint = ComplaintProcedureTest.complaint();
        Change change = complaint.stageOne().respond(LocalDate.of(2026, 1, 16), ComplaintProcedureTest.upheld(),
                List.of(new AgreedActionTerm("A1", AgreedActionTerm.ActionType.APOLOGY, "P4W", null, null)), List.of(),
                TODAY);
        assertThat(change.notes()).contains(new TimelineNote("stage-1.responded",
                "2 findings, 1 action agreed; answered within its timescale", LocalDate.of(2026, 1, 16)));
    }
}
