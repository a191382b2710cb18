package org.redress.assessments.assessment.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of assessments, numbered from 0. */
@Schema(name = "AssessmentPage", description = "One page of assessments")
public record AssessmentPage(
        @Schema(description = "The assessments on this page") List<AssessmentView> items,
        @Schema(description = "Page number, from 0", examples = "0") int page,
        @Schema(description = "Page size", examples = "20") int size,
        @Schema(description = "Number of assessments on all pages", examples = "57") long total) {
}
