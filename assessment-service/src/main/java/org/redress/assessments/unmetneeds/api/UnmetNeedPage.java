package org.redress.assessments.unmetneeds.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of open unmet needs, numbered from 0. */
@Schema(name = "UnmetNeedPage", description = "One page of open unmet needs")
public record UnmetNeedPage(
        @Schema(description = "The unmet needs on this page") List<UnmetNeedResource.UnmetNeedView> items,
        @Schema(description = "Page number, from 0", examples = "0") int page,
        @Schema(description = "Page size", examples = "20") int size,
        @Schema(description = "Number of open unmet needs on all pages", examples = "57") long total) {
}
