package org.redress.remedies.calculations.api;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.contracts.Bounds;
import org.redress.remedies.calculations.domain.DelayPaymentCalculation.PartMonthRule;
import org.redress.servicekit.validation.CaseDate;

/** A symbolic payment per month of delay, as the API takes it. */
@Schema(name = "DelayPaymentRequest", description = "A fixed sum for each month of delay over an inclusive period")
public record DelayPaymentRequest(
        @NotNull @CaseDate @Schema(description = "The first day of delay (inclusive)", examples = "2024-01-01", required = true)
        LocalDate from,
        @NotNull @CaseDate @Schema(description = "The last day of delay (inclusive; from itself for a single day); the period is at most "
                + "120 months, both ends counted", examples = "2024-05-31", required = true)
        LocalDate to,
        @NotNull @Min(1) @Max(Bounds.MAX_AMOUNT_PENCE)
        @Schema(description = "The sum for each month, in pence", examples = "5000", required = true)
        Long monthlyAmountPence,
        @Schema(description = "Whether a part month counts as a month (COUNT_AS_MONTH, the default) or is left out (IGNORE)",
                examples = "COUNT_AS_MONTH")
        PartMonthRule partMonth) {

    PartMonthRule partMonthRule() {
        return partMonth == null ? PartMonthRule.COUNT_AS_MONTH : partMonth;
    }
}
