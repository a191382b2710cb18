package org.redress.complaints.stagethree.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.complaint.domain.StageThree;
import org.redress.complaints.stagethree.application.RecordPanel;
import org.redress.contracts.Bounds;
import org.redress.servicekit.validation.HappenedOn;

@Schema(name = "PanelRequest", description = "The review panel met")
public record PanelRequest(
        @NotNull @HappenedOn @Schema(examples = "2027-02-15", required = true) LocalDate heldOn,
        @NotNull @Size(max = Bounds.MAX_LIST_SIZE) @Schema(required = true) List<@Valid @NotNull PanelMemberBody> members) {
    RecordPanel command() {
        return new RecordPanel(heldOn, members.stream()
                .map(m -> new StageThree.PanelMember(m.reference(), m.chair(), m.independentOfCouncil())).toList());
    }
}
