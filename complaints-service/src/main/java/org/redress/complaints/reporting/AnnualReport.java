package org.redress.complaints.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a council publishes each year about its children's complaints procedure. */
@Schema(name = "AnnualReport", description = "Complaints figures for a period, as published each year")
public record AnnualReport(
        @Schema(examples = "2026-04-01") LocalDate from,
        @Schema(examples = "2027-03-31") LocalDate to,
        @Schema(description = "Complaints received in the period", examples = "142") long received,
        @Schema(description = "Complaints received in the period by the procedure they are handled under") Map<String, Long> byProcedure,
        @Schema(description = "Complaints received in the period by where they stand now") Map<String, Long> byState,
        @Schema(description = "Per stage: answers given in the period, timeliness, extensions, average working days, findings") List<StageFigures> stages,
        @Schema(description = "Holds placed in the period", examples = "9") long holdsPlaced,
        @Schema(description = "Out-of-time complaints accepted in the period", examples = "3") long outOfTimeAccepted,
        @Schema(description = "Out-of-time complaints refused in the period", examples = "1") long outOfTimeRefused,
        @Schema(description = "Complaints closed in the period by reason") Map<String, Long> closuresByReason,
        @Schema(description = "Stage 2 requests progressed to an agreed statement of complaint in the period") StageTwoProgression stageTwoProgression,
        @Schema(description = "Sufficient-interest standing decisions made in the period") StandingDecisions standingDecisions,
        @Schema(description = "Complaints declined in the period, whole or in part, pending legal, criminal or disciplinary proceedings", examples = "2") long declinedForProceedings,
        @Schema(description = "The Ombudsman's decisions recorded in the period") OmbudsmanFigures ombudsman,
        @Schema(description = "Learning and actions taken: actions agreed in the period (stages 1-3 and the Ombudsman) by kind") Map<String, Long> agreedActionsByKind,
        @Schema(description = "Flags raised on complaints in the period") FlagFigures flags) {

    /** Every flag raised in the period, whether or not it has been resolved since (DOMAIN §5: flags are history). */
    @Schema(name = "FlagFigures", description = "Flags raised in the period")
    public record FlagFigures(
            @Schema(description = "Flags raised in the period by code, resolved since or not, each counted on its raisedOn"
                    + " as the complaint shows it: flags recorded with a step (e.g. STAGE_2_REQUESTED_LATE) on the day the"
                    + " step happened (flags recorded before that was kept, on the day they were recorded); HOLD_PAST_REVIEW"
                    + " and DECLINE_PAST_REVIEW the day after a review date passed with the hold or decline still open;"
                    + " STANDING_DECISION_OVERDUE the day after the standing decision was due. A code raised in no"
                    + " complaint is absent")
            Map<String, Long> raisedByCode) {
    }

    /** How promptly stage 2 requests became an agreed statement of complaint (the progression clock). */
    @Schema(name = "StageTwoProgression", description = "Request to agreed statement of complaint")
    public record StageTwoProgression(
            @Schema(description = "Average working days from the request to the agreed statement, holds excluded, for statements agreed in the period; absent when none was", examples = "7.5", nullable = true) BigDecimal averageWorkingDaysToAgreedStatement,
            @Schema(description = "Stage 2 requests made in the period whose progression clock was breached", examples = "3") long progressionClocksBreached) {
    }

    /** Standing decisions on complainants relying on sufficient interest. */
    @Schema(name = "StandingDecisions", description = "Sufficient-interest standing decisions by outcome")
    public record StandingDecisions(@Schema(examples = "4") long accepted, @Schema(examples = "1") long refused) {
    }

    /** The Local Government and Social Care Ombudsman's decisions on the council's complaints. */
    @Schema(name = "OmbudsmanFigures", description = "Ombudsman referrals decided in the period")
    public record OmbudsmanFigures(
            @Schema(description = "Ombudsman decisions recorded with a decision date in the period", examples = "5") long referrals,
            @Schema(description = "Of those, early referrals after stage 2", examples = "1") long earlyReferrals,
            @Schema(description = "Decisions by how the complaint came to the Ombudsman: AFTER_COUNCIL_PROCEDURE, EARLY_REFERRAL, COUNCIL_DELAY, WRONG_PROCEDURE") Map<String, Long> byRoute,
            @Schema(description = "Decisions by the Ombudsman's finding") Map<String, Long> byFinding,
            @Schema(description = "Actions agreed with the Ombudsman", examples = "7") long agreedActions) {
    }

    /** One stage's figures: answers whose decision date falls in the period. */
    @Schema(name = "StageFigures", description = "One stage's answers in the period")
    public record StageFigures(
            @Schema(examples = "STAGE_1", enumeration = { "STAGE_1", "STAGE_2", "STAGE_3" }) String stage,
            @Schema(examples = "120") long answered,
            @Schema(description = "Answered by the due date (extended or not)", examples = "96") long withinTimescale,
            @Schema(description = "Answered in time without an extension", examples = "80") long withinTimescaleWithoutExtension,
            @Schema(description = "Answered in time after an extension", examples = "16") long withinTimescaleWithExtension,
            @Schema(description = "Percentage answered in time, one decimal; absent when none was answered", examples = "80.0", nullable = true) BigDecimal percentWithinTimescale,
            @Schema(description = "Answers whose clock was extended", examples = "20") long extended,
            @Schema(description = "Average working days from start to answer, holds excluded; absent when none was answered", examples = "8.4", nullable = true) BigDecimal averageWorkingDays,
            @Schema(description = "Findings on points by finding (stages 1 and 2)") Map<String, Long> findings) {
    }
}
