package org.redress.assessments.referrals.api;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.assessments.referrals.domain.Referral;
import org.redress.assessments.referrals.domain.ReferralDecision;

/**
 * A referral in brief, for the systems that need to know only that it came in and what was decided: ids,
 * references, the decision and dates, and nothing of the concerns raised, the reason or who referred.
 */
@Schema(name = "ReferralSummary", description = "A referral in brief: ids, references, states and dates only")
public record ReferralSummary(
        @Schema(examples = "5a1d7c3e-8f2b-4e60-9d14-2c7b0e9f6a31") UUID id,
        @Schema(description = "Case reference with check digit", examples = "REF-2026-000123-4") String reference,
        @Schema(description = "The council's record reference of the child", examples = "CR-104233") String childRef,
        @Schema(examples = "2026-11-02") LocalDate receivedDate,
        @Schema(description = "When the decision on the type of response is due: 1 working day from receipt", examples = "2026-11-03") LocalDate decisionDueDate,
        @Schema(description = "The decision; absent until made", examples = "S17_ASSESSMENT", nullable = true) ReferralDecision decision,
        @Schema(description = "The child in need assessment the decision opened, if it did", nullable = true,
                examples = "c4e8a2d6-3b1f-4a97-8e5c-7d9f0b2a6e14") UUID assessmentId) {

    static ReferralSummary of(Referral referral, LocalDate today) {
        return new ReferralSummary(referral.id(), referral.reference().toString(), referral.details().childRef(),
                referral.details().receivedDate(), referral.decisionClock().snapshotOn(today).dueDate(),
                referral.decision().orElse(null), referral.assessmentId().orElse(null));
    }
}
