package org.redress.assessments.referrals.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of referrals in brief, the same shape as every page. */
@Schema(name = "ReferralSummaryPage", description = "One page of referrals in brief")
public record ReferralSummaryPage(
        @Schema(description = "The referrals on this page, in brief") List<ReferralSummary> items,
        @Schema(description = "Page number, from 0", examples = "0") int page,
        @Schema(description = "Page size", examples = "20") int size,
        @Schema(description = "Number of referrals on all pages", examples = "57") long total) {
}
