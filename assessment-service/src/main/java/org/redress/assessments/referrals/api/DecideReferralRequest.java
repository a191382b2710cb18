package org.redress.assessments.referrals.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.assessments.referrals.domain.ReferralDecision;
import org.redress.servicekit.validation.HappenedOn;

/** The decision on the type of response. */
@Schema(name = "DecideReferralRequest", description = "The decision on the type of response")
public record DecideReferralRequest(
        @NotNull @Schema(description = "NO_FURTHER_ACTION, EARLY_HELP (opens an early help "
                + "assessment), S17_ASSESSMENT (opens a child in need assessment) or S47_ENQUIRY", examples = "S17_ASSESSMENT", required = true)
        ReferralDecision decision,
        @HappenedOn @Schema(description = "The day the decision was made, from the referral's received date up to "
                + "today; today when not given. The decision clock stops on this day, however late it is recorded",
                examples = "2026-11-03")
        LocalDate decidedOn) {
}
