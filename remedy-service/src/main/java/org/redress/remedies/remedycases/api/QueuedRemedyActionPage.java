package org.redress.remedies.remedycases.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a remedy officer's work queue. */
@Schema(name = "QueuedRemedyActionPage", description = "One page of open actions, soonest due first")
public record QueuedRemedyActionPage(
        @Schema(description = "The open actions on this page") List<QueuedActionView> items,
        @Schema(description = "Page number, from 0", examples = "0") int page,
        @Schema(description = "Page size", examples = "20") int size,
        @Schema(description = "Number of open actions on all pages", examples = "12") long total) {
}
