package org.redress.assessments.provision.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.assessments.assessment.api.RequestPatterns;
import org.redress.assessments.assessment.domain.Provision;
import org.redress.contracts.Bounds;
import org.redress.servicekit.validation.CaseDate;
import org.redress.servicekit.validation.HappenedOn;

/** The body of {@code POST /assessments/{id}/provision}. */
@Schema(name = "StartProvisionRequest",
        description = "Support that started for a need: a weekly amount, or hours a week at an hourly rate")
public record StartProvisionRequest(
        @NotNull @Pattern(regexp = RequestPatterns.REFERENCE) @Schema(examples = "N1", required = true) String needCode,
        @NotNull @Schema(examples = "DIRECT_PAYMENT", required = true) Provision.Kind kind,
        @Min(1) @Max(Bounds.MAX_AMOUNT_PENCE) @Schema(description = "Pence a week", examples = "12000") Long weeklyAmountPence,
        // quarter hours are the finest a plan agrees; two decimals keep the product with the rate exact
        @DecimalMin("0.25") @DecimalMax("" + Bounds.MAX_HOURS_PER_WEEK) @Digits(integer = 3, fraction = 2)
        @Schema(description = "Hours a week (with hourlyRatePence), to two decimals", examples = "6") BigDecimal hoursPerWeek,
        @Min(1) @Max(Bounds.MAX_AMOUNT_PENCE) @Schema(description = "Pence an hour (with hoursPerWeek)", examples = "1850")
        Long hourlyRatePence,
        @NotNull @CaseDate @Schema(description = "When it should have started",
                examples = "2026-10-01", required = true) LocalDate shouldHaveStarted,
        @NotNull @HappenedOn @Schema(description = "When it started: not before the assessment started, not in the future",
                examples = "2026-11-05",
                required = true) LocalDate startedOn) {

    Provision toProvision() {
        long weekly = weeklyAmountPence != null ? weeklyAmountPence
                : hoursPerWeek != null && hourlyRatePence != null ? Provision.weekly(hoursPerWeek, hourlyRatePence) : 0;
        return new Provision(UUID.randomUUID(), needCode, kind, weekly, shouldHaveStarted, startedOn);
    }
}
