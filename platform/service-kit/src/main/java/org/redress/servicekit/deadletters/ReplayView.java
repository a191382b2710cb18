package org.redress.servicekit.deadletters;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a replayed event was published again. */
@Schema(name = "DeadLetterReplayed", description = "The event published again to the topic its consumer reads")
public record ReplayView(
        @Schema(description = "CloudEvent id, unchanged", example = "0b6f1c9e-5d2a-4c1b-9a57-3e0f2d8c4b11") String eventId,
        @Schema(description = "The topic it was published to", example = "redress.assessments.v1") String topic,
        @Schema(description = "Its partition there", example = "1") int partition,
        @Schema(description = "Its new offset there", example = "2210") long offset) {
}
