package org.redress.assessments.referrals.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of referrals, numbered from 0. */
@Schema(name = "ReferralPage", description = "One page of referrals")
public record ReferralPage(
        @Schema(description = "The referrals on this page") List<ReferralView> items,
        @Schema(description = "Page number, from 0", examples = "0") int page,
        @Schema(description = "Page size", examples = "20") int size,
        @Schema(description = "Number of referrals on all pages", examples = "57") long total) {
}
