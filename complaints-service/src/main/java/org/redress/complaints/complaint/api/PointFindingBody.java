package org.redress.complaints.complaint.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.complaint.domain.Finding;
import org.redress.complaints.complaint.domain.PointFinding;
import org.redress.contracts.Bounds;

@Schema(name = "PointFindingInput", description = "The finding on one numbered point")
public record PointFindingBody(
        @NotNull @Positive @Max(Bounds.MAX_LIST_SIZE) @Schema(examples = "1", required = true) Integer point,
        @NotNull @Schema(examples = "UPHELD", required = true) Finding finding,
        @Schema(description = "The council accepts fault on this point: then it cannot be NOT_UPHELD", examples = "true") boolean faultAccepted) {
    public PointFinding toDomain() {
        return new PointFinding(point, finding, faultAccepted);
    }
}
