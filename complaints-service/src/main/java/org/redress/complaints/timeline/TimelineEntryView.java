package org.redress.complaints.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of a complaint's chronology. */
@Schema(name = "TimelineEntry", description = "Who did what to a complaint, and when")
public record TimelineEntryView(
        @Schema(description = "The day the fact this entry records happened (the complaint received, a decision made); absent when the entry records no dated fact of its own, and on entries recorded before it was kept", examples = "2026-11-13", nullable = true) LocalDate happenedOn,
        @Schema(description = "When the entry was recorded", examples = "2026-11-20T10:15:30Z") Instant occurredAt,
        @Schema(description = "Token subject, or system:<job> for the service itself", examples = "u-5531") String actorSubject,
        @Schema(examples = "[\"complaints-officer\"]") List<String> actorRoles,
        @Schema(description = "What happened, as a stable code; flags start with flag.", examples = "stage-1.responded") String what,
        @Schema(examples = "2 findings, 1 action agreed; answered within its timescale") String detail) {
}
