package org.redress.complaints.reading;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.complaint.domain.StageThree;

/** Stage 3 as the API shows it: the panel, its report and the response are absent until recorded. */
@Schema(name = "StageThree")
public record StageThreeView(
        LocalDate requestedOn,
        @Schema(description = "Why a late request was accepted; absent for a request in time", nullable = true) String lateReason,
        @Schema(description = "Absent until the panel has met", nullable = true) LocalDate panelHeldOn,
        @Schema(description = "The panel's members; empty until the panel has met") List<StageThree.PanelMember> panel,
        @Schema(description = "Absent until the panel's report is recorded", nullable = true) LocalDate reportOn,
        @Schema(description = "Absent until the council has responded", nullable = true) StageDecisionView response) {

    static StageThreeView of(StageThree stage) {
        return stage == null ? null
                : new StageThreeView(stage.requestedOn(), stage.lateReason(), stage.panelHeldOn(), stage.panel(),
                        stage.reportOn(), StageDecisionView.of(stage.response()));
    }
}
