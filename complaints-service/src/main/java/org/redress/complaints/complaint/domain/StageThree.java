package org.redress.complaints.complaint.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Stage 3 as recorded: the request, the review panel (when it met, its members), its report and
 * the council's response.
 */
public record StageThree(LocalDate requestedOn, String lateReason, LocalDate panelHeldOn, List<PanelMember> panel,
        LocalDate reportOn, StageDecision response) {

    /** A panel member, by register reference; independent of the council (Regs 2006 reg 20). */
    public record PanelMember(String reference, boolean chair, boolean independentOfCouncil) {
    }

    public StageThree {
        panel = panel == null ? List.of() : List.copyOf(panel);
    }

    static StageThree requested(LocalDate on, String lateReason) {
        return new StageThree(on, lateReason, null, List.of(), null, null);
    }

    StageThree panelHeld(LocalDate on, List<PanelMember> members) {
        return new StageThree(requestedOn, lateReason, on, members, reportOn, response);
    }

    StageThree reported(LocalDate on) {
        return new StageThree(requestedOn, lateReason, panelHeldOn, panel, on, response);
    }

    StageThree responded(StageDecision decision) {
        return new StageThree(requestedOn, lateReason, panelHeldOn, panel, reportOn, decision);
    }
}
