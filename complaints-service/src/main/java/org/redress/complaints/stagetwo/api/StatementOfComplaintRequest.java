package org.redress.complaints.stagetwo.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.stagetwo.application.AgreeStatement;
import org.redress.contracts.Bounds;
import org.redress.servicekit.validation.HappenedOn;

@Schema(name = "StatementOfComplaintRequest", description = "The statement of complaint agreed with the complainant")
public record StatementOfComplaintRequest(
        @NotNull @HappenedOn @Schema(examples = "2026-11-27", required = true) LocalDate agreedOn,
        @NotBlank @Size(max = Bounds.MAX_REFERENCE_LENGTH) @Pattern(regexp = Bounds.REFERENCE_PATTERN, message = Bounds.REFERENCE_MESSAGE) @Schema(description = "The investigating officer's staff id", examples = "IO-2231", required = true) String agreedBy) {
    AgreeStatement command() {
        return new AgreeStatement(agreedOn, agreedBy);
    }
}
