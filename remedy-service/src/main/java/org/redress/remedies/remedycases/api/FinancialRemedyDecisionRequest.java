package org.redress.remedies.remedycases.api;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.contracts.Bounds;
import org.redress.remedies.remedycases.domain.FinancialRemedyDecision;
import org.redress.servicekit.validation.HappenedOn;

/** What was decided on a financial remedy considered. */
@Schema(name = "FinancialRemedyDecisionRequest", description = "The decision on a financial remedy considered")
public record FinancialRemedyDecisionRequest(
        @NotNull @Schema(description = "AWARDED or NOT_AWARDED", examples = "AWARDED", required = true)
        FinancialRemedyDecision.Outcome outcome,
        @Min(1) @Max(Bounds.MAX_AMOUNT_PENCE)
        @Schema(description = "AWARDED only, and required for it: the amount in pence; a PAYMENT action is added for it",
                examples = "45000")
        Long amountPence,
        @Size(max = Bounds.MAX_NARRATIVE_LENGTH)
        @Schema(description = "Why; required when NOT_AWARDED", examples = "Missed short breaks over the summer")
        String reason,
        @NotNull @HappenedOn @Schema(description = "The day it was decided; not in the future, not before the case's decision",
                examples = "2026-12-02", required = true)
        LocalDate decidedOn,
        @Min(0) @Schema(description = "The case version read; a stale one is refused with 409", examples = "3")
        Long expectedVersion) {

    FinancialRemedyDecision toDecision(String decidedBy) {
        return FinancialRemedyDecision.of(outcome, amountPence, reason, decidedOn, decidedBy);
    }
}
