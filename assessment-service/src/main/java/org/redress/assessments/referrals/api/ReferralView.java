package org.redress.assessments.referrals.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.assessments.referrals.domain.NeedDomain;
import org.redress.assessments.referrals.domain.Referral;
import org.redress.assessments.referrals.domain.ReferralDecision;
import org.redress.assessments.referrals.domain.ReferralReason;
import org.redress.assessments.referrals.domain.ReferrerType;
import org.redress.servicekit.api.ClockView;
import org.redress.servicekit.api.Versioned;

/** A referral as the API shows it, with its decision clock as it stands today. */
@Schema(name = "Referral", description = "A referral about a child and its decision clock")
public record ReferralView(
        @Schema(examples = "5a1d7c3e-8f2b-4e60-9d14-2c7b0e9f6a31") UUID id,
        @Schema(description = "Case reference with check digit", examples = "REF-2026-000123-4") String reference,
        @Schema(description = "The council's record reference of the child", examples = "CR-104233") String childRef,
        @Schema(examples = "2026-11-02") LocalDate receivedDate,
        @Schema(examples = "SCHOOL") ReferrerType referrerType,
        @Schema(description = "Need domains raised", examples = "[\"EDUCATION\"]") List<NeedDomain> concerns,
        @Schema(description = "Whether the child is disabled", examples = "true") boolean disabledChild,
        @Schema(description = "Reason for referral (CIN census primary need)", examples = "CHILD_DISABILITY_OR_ILLNESS")
        ReferralReason reason,
        @Schema(description = "Decision on the type of response: 1 working day from receipt (Working Together 2023); "
                + "MET or MISSED once decided")
        ClockView decisionClock,
        @Schema(description = "The decision, once made", examples = "S17_ASSESSMENT", nullable = true)
        ReferralDecision decision,
        @Schema(description = "The child in need assessment the decision opened", nullable = true,
                examples = "c4e8a2d6-3b1f-4a97-8e5c-7d9f0b2a6e14") UUID assessmentId,
        @Schema(description = "The referral's version, as its ETag gives it", examples = "0") long version)
        implements Versioned {

    /** The referral with its decision clock as it stands on {@code today}, at the version it was read at. */
    static ReferralView of(Referral referral, LocalDate today, long version) {
        var details = referral.details();
        return new ReferralView(referral.id(), referral.reference().toString(), details.childRef(),
                details.receivedDate(), details.referrerType(),
                details.concerns(), details.disabledChild(),
                details.reason(), ClockView.of(referral.decisionClock().snapshotOn(today)),
                referral.decision().orElse(null), referral.assessmentId().orElse(null), version);
    }
}
