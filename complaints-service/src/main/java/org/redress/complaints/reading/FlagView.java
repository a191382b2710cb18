package org.redress.complaints.reading;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.complaint.domain.Flag;

/** A flag as the API shows it: its code is one of the fixed set the procedure raises. */
@Schema(name = "Flag", description = "Something accepted but not right, kept on record")
public record FlagView(
        @Schema(description = "What is not right", examples = "STAGE_2_REQUESTED_LATE", enumeration = {
                Flag.ROUTED_AWAY_FROM_STATUTORY, Flag.STAGE_2_REQUESTED_LATE, Flag.STAGE_3_REQUESTED_LATE,
                Flag.OUT_OF_TIME_ACCEPTED, Flag.HOLD_PAST_REVIEW, Flag.DECLINE_PAST_REVIEW,
                Flag.STANDING_DECISION_OVERDUE, Flag.STANDING_WITHOUT_CHILD_VIEWS, Flag.RIGHT_TO_STAGE_3_NOT_TOLD,
                Flag.OMBUDSMAN_NOT_TOLD, Flag.EARLY_REFERRAL_CONDITIONS_NOT_MET }) String code,
        @Schema(description = "The day it was raised", examples = "2026-02-27") LocalDate raisedOn,
        @Schema(description = "The day its condition ended; absent while it lasts, and always for a recorded flag", nullable = true)
        LocalDate resolvedOn,
        @Schema(description = "Why, in words", examples = "no record that the complainant was told of the right to a review panel (stage 3)")
        String detail) {

    static List<FlagView> of(List<Flag> flags) {
        return flags.stream().map(flag -> new FlagView(flag.code(), flag.raisedOn(), flag.resolvedOn(), flag.detail())).toList();
    }
}
