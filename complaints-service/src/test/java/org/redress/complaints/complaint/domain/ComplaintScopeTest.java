package org.redress.complaints.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.redress.complaints.complaint.domain.ComplaintScope.Part;
import org.redress.statutorytime.WorkingDayCalendar;

/**
 * Each person the procedure appoints sees the complaints whose appointments name them, in the part they play,
 * and no other; whoever runs the procedure sees every complaint.
 */
class ComplaintScopeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    /** Adjudicated with IO-1, IP-1 and AO-1 appointed, then a review panel of P1 (chair), P2 and P3. */
    private static Complaint reviewed() {
        Complaint complaint = ComplaintProcedureTest.adjudicated(LocalDate.of(2026, 2, 27), ComplaintProcedureTest.upheld(),
                List.of(), LocalDate.of(2026, 2, 27));
        complaint.stageThree().request(LocalDate.of(2026, 3, 2), null, WorkingDayCalendar.englandAndWales(), TODAY);
        complaint.stageThree().panelHeld(LocalDate.of(2026, 3, 20), List.of(new StageThree.PanelMember("P1", true, true),
                new StageThree.PanelMember("P2", false, true), new StageThree.PanelMember("P3", false, true)),
                WorkingDayCalendar.englandAndWales(), TODAY);
        return complaint;
    }

    @Test
    void eachAppointedPersonSeesTheComplaintInThePartTheyPlay() {
        Complaint complaint = reviewed();

        assertThat(ComplaintScope.appointedAs("IO-1", Set.of(Part.INVESTIGATING_OFFICER)).includes(complaint)).isTrue();
        assertThat(ComplaintScope.appointedAs("IP-1", Set.of(Part.INDEPENDENT_PERSON)).includes(complaint)).isTrue();
        assertThat(ComplaintScope.appointedAs("AO-1", Set.of(Part.ADJUDICATING_OFFICER)).includes(complaint)).isTrue();
        assertThat(ComplaintScope.appointedAs("P2", Set.of(Part.REVIEW_PANEL_MEMBER)).includes(complaint)).isTrue();
    }

    @Test
    void aReferenceNamedInAnotherPartDoesNotOpenTheComplaint() {
        Complaint complaint = reviewed();

        // the adjudicating officer is not the investigating officer, nor a panel member
        assertThat(ComplaintScope.appointedAs("AO-1", Set.of(Part.INVESTIGATING_OFFICER)).includes(complaint)).isFalse();
        assertThat(ComplaintScope.appointedAs("AO-1", Set.of(Part.REVIEW_PANEL_MEMBER)).includes(complaint)).isFalse();
        assertThat(ComplaintScope.appointedAs("IO-1", Set.of(Part.ADJUDICATING_OFFICER)).includes(complaint)).isFalse();
        assertThat(ComplaintScope.appointedAs("P1", Set.of(Part.INDEPENDENT_PERSON)).includes(complaint)).isFalse();
        // someone playing two parts sees what either opens
        assertThat(ComplaintScope.appointedAs("AO-1", Set.of(Part.REVIEW_PANEL_MEMBER, Part.ADJUDICATING_OFFICER))
                .includes(complaint)).isTrue();
    }

    @Test
    void someoneNotAppointedOrWithoutAReferenceSeesNothing() {
        Complaint complaint = reviewed();

        assertThat(ComplaintScope.appointedAs("IO-9", Set.of(Part.values())).includes(complaint)).isFalse();
        ComplaintScope noReference = ComplaintScope.appointedAs(null, Set.of(Part.values()));
        assertThat(noReference.isEmpty()).isTrue();
        assertThat(noReference.includes(complaint)).isFalse();
        assertThat(ComplaintScope.EVERY_COMPLAINT.includes(complaint)).isTrue();
    }

    @Test
    void aComplaintNotYetAtTheStageAppointsNobody() {
        Complaint complaint = ComplaintProcedureTest.respondedOn(LocalDate.of(2026, 1, 16));

        for (Part part : Part.values()) {
            assertThat(ComplaintScope.appointedAs("IO-1", Set.of(part)).includes(complaint)).isFalse();
        }
    }
}
