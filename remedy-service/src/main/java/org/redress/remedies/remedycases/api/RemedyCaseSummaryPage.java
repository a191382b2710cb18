package org.redress.remedies.remedycases.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of remedy case summaries. */
@Schema(name = "RemedyCaseSummaryPage", description = "One page of remedy case summaries, newest decision first")
public record RemedyCaseSummaryPage(
        @Schema(description = "The remedy cases on this page") List<RemedyCaseSummaryView> items,
        @Schema(description = "Page number, from 0", examples = "0") int page,
        @Schema(description = "Page size", examples = "20") int size,
        @Schema(description = "Number of remedy cases on all pages", examples = "57") long total) {
}
