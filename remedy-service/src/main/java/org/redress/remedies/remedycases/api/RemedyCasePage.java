package org.redress.remedies.remedycases.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of remedy cases, as a list of them is answered. */
@Schema(name = "RemedyCasePage", description = "One page of remedy cases, newest decision first")
public record RemedyCasePage(
        @Schema(description = "The remedy cases on this page") List<RemedyCaseView> items,
        @Schema(description = "Page number, from 0", examples = "0") int page,
        @Schema(description = "Page size", examples = "20") int size,
        @Schema(description = "Number of remedy cases on all pages", examples = "57") long total) {
}
