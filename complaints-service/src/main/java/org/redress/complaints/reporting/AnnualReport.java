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
        @Schema(description = "Complaints closed in the period by reason") Map<String, Long> closuresByReason) {

    /** One stage's figures: answers whose decision date falls in the period. */
    @Schema(name = "StageFigures", description = "One stage's answers in the period")
    public record StageFigures(
            @Schema(examples = "STAGE_1") String stage,
            @Schema(examples = "120") long answered,
            @Schema(description = "Answered by the due date (extended or not)", examples = "96") long withinTimescale,
            @Schema(description = "Answered in time without an extension", examples = "80") long withinTimescaleWithoutExtension,
            @Schema(description = "Answered in time after an extension", examples = "16") long withinTimescaleWithExtension,
            @Schema(description = "Percentage answered in time, one decimal", examples = "80.0") BigDecimal percentWithinTimescale,
            @Schema(description = "Answers whose clock was extended", examples = "20") long extended,
            @Schema(description = "Average working days from start to answer, holds excluded", examples = "8.4") BigDecimal averageWorkingDays,
            @Schema(description = "Findings on points by finding (stages 1 and 2)") Map<String, Long> findings) {
    }
}
