package org.redress.complaints.imports;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.intake.api.RegisterComplaintRequest;
import org.redress.contracts.Bounds;

/** One line of an import file: one case from the council's previous system, as it stands there. */
@Schema(name = "ImportedComplaint", description = "One line of an import file (JSON lines): a case from the previous "
        + "system with its past dates, registered and then taken through its steps in order")
public record ImportedComplaint(
        @Size(max = Bounds.MAX_REFERENCE_LENGTH) @Pattern(regexp = Bounds.REFERENCE_PATTERN, message = Bounds.REFERENCE_MESSAGE)
        @Schema(description = "The case's reference in the previous system, given back in the report beside the line", examples = "OLD-2026-0412")
        String previousReference,
        @NotNull @Valid
        @Schema(required = true, description = "The registration exactly as POST /complaints takes it, received on its past date")
        RegisterComplaintRequest registration,
        @Size(max = CaseLines.MAX_STEPS)
        @Schema(description = "The steps the case went through, in the order they happened; none for a complaint only registered")
        List<@NotNull @Valid ImportedStep> steps) {

    public ImportedComplaint {
        steps = steps == null ? List.of() : steps;
    }
}
