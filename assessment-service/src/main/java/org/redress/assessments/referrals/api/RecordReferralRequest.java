package org.redress.assessments.referrals.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.assessments.referrals.domain.NeedDomain;
import org.redress.assessments.referrals.domain.NewReferral;
import org.redress.assessments.referrals.domain.ReferralReason;
import org.redress.assessments.referrals.domain.ReferrerType;
import org.redress.servicekit.validation.HappenedOn;

/** A referral as the council receives it. Codes only: no narrative about the child or family. */
@Schema(name = "RecordReferralRequest", description = "A referral about a child received by the council")
public record RecordReferralRequest(
        @NotNull @Pattern(regexp = "[A-Za-z0-9-]{3,32}", message = "must be a record reference of 3 to 32 letters, digits or dashes")
        @Schema(description = "The council's record reference of the child", examples = "CR-104233", required = true)
        String childRef,
        @NotNull @HappenedOn @Schema(description = "Date the council received the referral (day 0 of the decision clock), "
                + "from 2000-01-01 up to today", examples = "2026-11-02", required = true)
        LocalDate receivedDate,
        @NotNull @Schema(description = "Who referred", examples = "SCHOOL", required = true)
        ReferrerType referrerType,
        @Size(max = 20) @Schema(description = "The need domains the referral raises concerns about (Assessment Framework)",
                examples = "[\"EDUCATION\",\"EMOTIONAL_AND_BEHAVIOURAL_DEVELOPMENT\"]")
        List<@NotNull NeedDomain> concerns,
        @Schema(description = "Whether the child is disabled (CSDPA 1970 s2 services must then be considered); "
                + "false when not given", examples = "true")
        Boolean disabledChild,
        @Schema(description = "Reason for referral (CIN census primary need); NOT_STATED when not given",
                examples = "CHILD_DISABILITY_OR_ILLNESS")
        ReferralReason reason) {

    NewReferral toNewReferral() {
        return new NewReferral(childRef, receivedDate, referrerType, concerns, Boolean.TRUE.equals(disabledChild),
                reason);
    }
}
