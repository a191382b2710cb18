package org.redress.assessments.referrals.api;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.assessments.referrals.domain.ReferralDecision;

/** The decision on the type of response a referral needs. */
@Schema(name = "DecideReferralRequest", description = "The decision on the type of response")
public record DecideReferralRequest(
        @NotNull @Schema(description = "NO_FURTHER_ACTION, EARLY_HELP (opens an early help "
                + "assessment), S17_ASSESSMENT (opens a child in need assessment) or S47_ENQUIRY", examples = "S17_ASSESSMENT", required = true)
        ReferralDecision decision) {
}
