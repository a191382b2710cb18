package org.redress.servicekit.deadletters;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An event a consumer of this service refused, as it lies on the channel's dead-letter topic. Ids and codes
 * only: the event's data stays on the topic.
 */
@Schema(name = "DeadLetter", description = "An event a consumer refused, on its dead-letter topic")
public record DeadLetterView(
        @Schema(description = "The dead-letter topic", example = "redress.assessments.v1.remedy-service.dlq") String topic,
        @Schema(description = "Partition on the dead-letter topic", example = "0") int partition,
        @Schema(description = "Offset on the dead-letter topic; with topic and partition, names the record to replay", example = "3") long offset,
        @Schema(description = "Where the event was first published", example = "redress.assessments.v1", nullable = true) String originalTopic,
        @Schema(description = "Its partition there", example = "1", nullable = true) Integer originalPartition,
        @Schema(description = "Its offset there", example = "1042", nullable = true) Long originalOffset,
        @Schema(description = "CloudEvent id", example = "0b6f1c9e-5d2a-4c1b-9a57-3e0f2d8c4b11", nullable = true) String eventId,
        @Schema(description = "CloudEvent type", example = "org.redress.assessment.missed-provision-recorded.v1", nullable = true) String eventType,
        @Schema(description = "Why it was refused: a code, and the field or failure it is about", example = "event.implausible-value: weeklyAmountPence", nullable = true) String reason,
        @Schema(description = "The reason's code", example = "event.implausible-value", nullable = true) String reasonCode,
        @Schema(description = "When it was dead-lettered") OffsetDateTime deadLetteredAt,
        @Schema(description = "Whether the consumer has applied this event since (after a replay)", example = "false") boolean applied) {
}
