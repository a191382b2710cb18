package org.redress.complaints.stagetwo.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.stagetwo.application.Appoint;
import org.redress.contracts.Bounds;
import org.redress.servicekit.validation.HappenedOn;

@Schema(name = "AppointmentRequest", description = "Someone appointed to the stage 2 investigation")
public record AppointmentRequest(
        @NotBlank @Size(max = Bounds.MAX_REFERENCE_LENGTH) @Pattern(regexp = Bounds.REFERENCE_PATTERN, message = Bounds.REFERENCE_MESSAGE) @Schema(description = "Staff or register reference, never a name", examples = "IO-2231", required = true) String reference,
        @NotNull @HappenedOn @Schema(examples = "2026-11-23", required = true) LocalDate appointedOn) {
    Appoint command() {
        return new Appoint(reference, appointedOn);
    }
}
