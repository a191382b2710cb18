package org.redress.remedies.calculations.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.contracts.Bounds;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;
import org.redress.remedies.calculations.domain.Money;
import org.redress.remedies.calculations.domain.ProvisionRate;
import org.redress.servicekit.validation.CaseDate;

/** A missed-provision calculation as the API takes it: one rate basis and an inclusive period. */
@Schema(name = "MissedProvisionRequest", description = "Provision missed over an inclusive period, and what was already paid. "
        + "Give exactly one rate: weeklyAmountPence, or hoursPerWeek with hourlyRatePence, or monthlyAmountPence.")
public record MissedProvisionRequest(
        @NotNull @CaseDate @Schema(description = "First day of missed provision (inclusive)", examples = "2024-07-01", required = true)
        LocalDate from,
        @NotNull @CaseDate @Schema(description = "Last day of missed provision (inclusive); the period is at most 120 months, both ends counted",
                examples = "2024-09-30", required = true)
        LocalDate to,
        @Min(1) @Max(Bounds.MAX_AMOUNT_PENCE) @Schema(description = "What the provision was worth a week, in pence", examples = "5250")
        Long weeklyAmountPence,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax(HOURS_IN_A_WEEK) @Digits(integer = 3, fraction = 2)
        @Schema(description = "Hours of support a week (with hourlyRatePence)", examples = "7.5")
        BigDecimal hoursPerWeek,
        @Min(1) @Max(Bounds.MAX_AMOUNT_PENCE) @Schema(description = "Hourly rate in pence (with hoursPerWeek)", examples = "2150")
        Long hourlyRatePence,
        @Min(1) @Max(Bounds.MAX_AMOUNT_PENCE) @Schema(description = "What the provision was worth a month, in pence", examples = "22750")
        Long monthlyAmountPence,
        @Min(0) @Max(Bounds.MAX_AMOUNT_PENCE)
        @Schema(description = "What the council already paid for the period, in pence; 0 if omitted", examples = "0")
        Long alreadyPaidPence) {

    static final String HOURS_IN_A_WEEK = "" + Bounds.MAX_HOURS_PER_WEEK;
    static final String RULE = "calculation.one-rate-basis";

    ProvisionRate rate() {
        boolean weekly = weeklyAmountPence != null;
        boolean hourly = hoursPerWeek != null || hourlyRatePence != null;
        boolean monthly = monthlyAmountPence != null;
        if ((weekly ? 1 : 0) + (hourly ? 1 : 0) + (monthly ? 1 : 0) != 1) {
            throw new RuleViolation(RULE, ProblemKind.UNPROCESSABLE, "weeklyAmountPence",
                    "give exactly one rate: weeklyAmountPence, hoursPerWeek with hourlyRatePence, or monthlyAmountPence");
        }
        if (weekly) {
            return new ProvisionRate.Weekly(Money.ofPence(weeklyAmountPence));
        }
        if (monthly) {
            return new ProvisionRate.Monthly(Money.ofPence(monthlyAmountPence));
        }
        if (hourlyRatePence == null) {
            throw new RuleViolation(RULE, ProblemKind.UNPROCESSABLE, "hourlyRatePence",
                    "hoursPerWeek needs hourlyRatePence");
        }
        return new ProvisionRate.Hourly(hoursPerWeek, Money.ofPence(hourlyRatePence));
    }

    Money alreadyPaid() {
        return Money.ofPence(alreadyPaidPence == null ? 0 : alreadyPaidPence);
    }
}
