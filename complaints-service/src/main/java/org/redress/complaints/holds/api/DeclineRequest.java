package org.redress.complaints.holds.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.complaint.domain.Decline;
import org.redress.complaints.holds.application.DeclineComplaint;
import org.redress.contracts.Bounds;
import org.redress.servicekit.validation.CaseDate;
import org.redress.servicekit.validation.HappenedOn;

@Schema(name = "DeclineRequest", description = "Decline to consider the complaint, whole or listed points, while proceedings run")
public record DeclineRequest(
        @NotNull @Schema(examples = "WHOLE", required = true) Decline.Scope scope,
        @Size(max = Bounds.MAX_LIST_SIZE) @Schema(description = "The points declined; required for PART", examples = "[2]")
        List<@NotNull @Positive @Max(Bounds.MAX_LIST_SIZE) Integer> points,
        @NotNull @Schema(examples = "CRIMINAL", required = true) Decline.Proceedings proceedings,
        @NotNull @HappenedOn @Schema(examples = "2026-11-09", required = true) LocalDate declinedOn,
        @HappenedOn @Schema(description = "When the complainant was told in writing (required)", examples = "2026-11-09", required = true) LocalDate complainantToldInWritingOn,
        @NotNull @CaseDate @Schema(description = "When to check whether the proceedings have ended", examples = "2027-02-09", required = true) LocalDate reviewOn) {
    DeclineComplaint command() {
        return new DeclineComplaint(scope, points, proceedings, declinedOn, complainantToldInWritingOn, reviewOn);
    }
}
