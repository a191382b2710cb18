package org.redress.assessments.assessment.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of assessments in brief, the same shape as every page. */
@Schema(name = "AssessmentSummaryPage", description = "One page of assessments in brief")
public record AssessmentSummaryPage(
        @Schema(description = "The assessments on this page, in brief") List<AssessmentSummary> items,
        @Schema(description = "Page number, from 0", examples = "0") int page,
        @Schema(description = "Page size", examples = "20") int size,
        @Schema(description = "Number of assessments on all pages", examples = "57") long total) {
}
