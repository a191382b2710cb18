package org.redress.assessments.ehcplan.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of EHC plan updates, numbered from 0. */
@Schema(name = "EhcPlanUpdatePage", description = "One page of EHC plan updates")
public record EhcPlanUpdatePage(
        @Schema(description = "The updates on this page") List<EhcPlanResource.View> items,
        @Schema(description = "Page number, from 0", examples = "0") int page,
        @Schema(description = "Page size", examples = "20") int size,
        @Schema(description = "Number of EHC plan updates on all pages", examples = "57") long total) {
}
