package org.redress.complaints.complaint.infrastructure;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Converter;

import org.redress.complaints.complaint.domain.StageThree;

/** The stored shape of {@code complaint.stage_three}: the request, the review panel, its report and the response. */
public record StoredStageThree(LocalDate requestedOn, String lateReason, LocalDate panelHeldOn,
        List<PanelMember> panel, LocalDate reportOn, StoredStageDecision response) {

    /** A panel member, by register reference. */
    public record PanelMember(String reference, boolean chair, boolean independentOfCouncil) {
    }

    static StoredStageThree from(StageThree stage) {
        return stage == null ? null : new StoredStageThree(stage.requestedOn(), stage.lateReason(), stage.panelHeldOn(),
                stage.panel().stream().map(m -> new PanelMember(m.reference(), m.chair(), m.independentOfCouncil())).toList(),
                stage.reportOn(), StoredStageDecision.from(stage.response()));
    }

    StageThree toDomain() {
        return new StageThree(requestedOn, lateReason, panelHeldOn, panel == null ? null
                : panel.stream().map(m -> new StageThree.PanelMember(m.reference, m.chair, m.independentOfCouncil)).toList(),
                reportOn, StoredStageDecision.domainOf(response));
    }

    /** Writes the column from this shape and reads it back strictly. */
    @Converter
    public static final class Column extends StoredDocuments.Column<StoredStageThree> {

        public Column() {
            super(StoredStageThree.class);
        }
    }
}
