package org.redress.complaints.stagethree.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.contracts.Bounds;

@Schema(name = "PanelMemberInput", description = "A review panel member, by register reference")
public record PanelMemberBody(
        @NotBlank @Size(max = Bounds.MAX_REFERENCE_LENGTH) @Pattern(regexp = Bounds.REFERENCE_PATTERN, message = Bounds.REFERENCE_MESSAGE) @Schema(examples = "PM-0007", required = true) String reference,
        @Schema(examples = "true") boolean chair,
        @Schema(description = "Independent of the council", examples = "true", required = true) boolean independentOfCouncil) {
}
