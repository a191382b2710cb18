package org.redress.servicekit.deadletters;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Names one dead-lettered record, as {@code GET /dead-letters} lists it. */
@Schema(name = "DeadLetterReplay", description = "The dead-lettered record to publish again")
public record ReplayRequest(
        @NotBlank @Size(max = 249) @Pattern(regexp = "[a-zA-Z0-9._-]+")
        @Schema(description = "The dead-letter topic", example = "redress.assessments.v1.remedy-service.dlq") String topic,
        @NotNull @Min(0) @Max(100_000)
        @Schema(description = "Partition on the dead-letter topic", example = "0") Integer partition,
        @NotNull @Min(0)
        @Schema(description = "Offset on the dead-letter topic", example = "3") Long offset) {
}
