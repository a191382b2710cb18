package org.redress.complaints.holds.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.holds.application.EndDecline;
import org.redress.servicekit.validation.HappenedOn;

@Schema(name = "DeclineEndRequest", description = "The proceedings ended: the complaint is considered again")
public record DeclineEndRequest(
        @NotNull @HappenedOn @Schema(examples = "2027-01-29", required = true) LocalDate proceedingsEndedOn,
        @NotNull @HappenedOn @Schema(examples = "2027-02-01", required = true) LocalDate resumedOn) {
    EndDecline command() {
        return new EndDecline(proceedingsEndedOn, resumedOn);
    }
}

