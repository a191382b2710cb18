package org.redress.complaints.intake.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.reading.ComplaintSummary;

/** One page of complaints in brief, the same shape as every page. */
@Schema(name = "ComplaintSummaryPage", description = "One page of complaints in brief")
public record ComplaintSummaryPage(
        @Schema(description = "The complaints on this page, in brief") List<ComplaintSummary> items,
        @Schema(description = "Page number, from 0", examples = "0") int page,
        @Schema(description = "Page size", examples = "20") int size,
        @Schema(description = "Number of complaints on all pages", examples = "57") long total) {
}
