package org.redress.complaints.stagethree.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.complaint.api.AgreedActionBody;
import org.redress.complaints.complaint.api.RecommendationBody;
import org.redress.complaints.complaint.application.RecordDecision;
import org.redress.contracts.Bounds;
import org.redress.servicekit.validation.HappenedOn;

@Schema(name = "StageThreeResponseRequest", description = "The council's response to the panel")
public record StageThreeResponseRequest(
        @NotNull @HappenedOn @Schema(examples = "2027-03-08", required = true) LocalDate decidedOn,
        @Size(max = Bounds.MAX_LIST_SIZE) List<@Valid @NotNull RecommendationBody> recommendations,
        @Size(max = Bounds.MAX_LIST_SIZE) List<@Valid @NotNull AgreedActionBody> actions,
        @HappenedOn @Schema(description = "When the complainant was told of the right to go to the Ombudsman; without it the response is flagged OMBUDSMAN_NOT_TOLD", examples = "2027-03-08") LocalDate nextStepToldOn) {
    RecordDecision command() {
        return new RecordDecision(decidedOn, List.of(), AgreedActionBody.toDomain(actions), RecommendationBody.toDomain(recommendations),
                nextStepToldOn);
    }
}
