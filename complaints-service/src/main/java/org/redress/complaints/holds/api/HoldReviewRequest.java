package org.redress.complaints.holds.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.holds.application.ReviewHold;
import org.redress.servicekit.validation.HappenedOn;

@Schema(name = "HoldReviewRequest", description = "The hold was reviewed and goes on")
public record HoldReviewRequest(@NotNull @HappenedOn @Schema(examples = "2026-11-16", required = true) LocalDate reviewedOn) {
    ReviewHold command() {
        return new ReviewHold(reviewedOn);
    }
}
