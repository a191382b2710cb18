package org.redress.complaints.holds.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.holds.application.ReleaseHold;
import org.redress.servicekit.validation.HappenedOn;

@Schema(name = "HoldReleaseRequest", description = "The hold's reason ended")
public record HoldReleaseRequest(@NotNull @HappenedOn @Schema(examples = "2026-11-16", required = true) LocalDate releasedOn) {
    ReleaseHold command() {
        return new ReleaseHold(releasedOn);
    }
}
