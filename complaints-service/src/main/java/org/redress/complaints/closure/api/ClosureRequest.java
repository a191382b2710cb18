package org.redress.complaints.closure.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.closure.application.Close;
import org.redress.contracts.Bounds;
import org.redress.servicekit.validation.HappenedOn;

@Schema(name = "ClosureRequest", description = "Close the complaint for a reason from the fixed list")
public record ClosureRequest(
        @NotBlank @Size(max = Bounds.MAX_REFERENCE_LENGTH) @Schema(description = "Why the complaint is closed: only these reasons close a complaint. Any other is refused"
                + " (422 closure.reason-not-allowed, or closure.requested-stage-unanswered while a stage asked for is unanswered)",
                enumeration = { "RESOLVED", "WITHDRAWN_BY_COMPLAINANT", "NO_RESPONSE_AFTER_DOCUMENTED_ATTEMPTS", "REFERRED_ELSEWHERE" },
                examples = "WITHDRAWN_BY_COMPLAINANT", required = true) String reason,
        @NotNull @HappenedOn @Schema(examples = "2026-11-20", required = true) LocalDate closedOn) {
    Close command() {
        return new Close(reason, closedOn);
    }
}
