package org.redress.complaints.complaint.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.complaint.domain.RecommendationDecision;
import org.redress.contracts.Bounds;

@Schema(name = "RecommendationDecisionInput", description = "A recommendation accepted, or rejected with reasons")
public record RecommendationBody(
        @NotBlank @Size(max = Bounds.MAX_ACTION_REFERENCE_LENGTH) @Pattern(regexp = Bounds.REFERENCE_PATTERN, message = Bounds.REFERENCE_MESSAGE) @Schema(examples = "R1", required = true) String reference,
        @NotNull @Schema(examples = "true", required = true) Boolean accepted,
        @Size(max = Bounds.MAX_NARRATIVE_LENGTH) @Schema(description = "Required when rejected", examples = "The service has already been recommissioned") String rejectionReason) {
    public RecommendationDecision toDomain() {
        return new RecommendationDecision(reference, accepted, rejectionReason);
    }

    /** The recommendation decisions of a request; none when the request lists none. */
    public static List<RecommendationDecision> toDomain(List<RecommendationBody> recommendations) {
        return recommendations == null ? List.of() : recommendations.stream().map(RecommendationBody::toDomain).toList();
    }
}
