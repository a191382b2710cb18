package org.redress.assessments.assessment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

import org.redress.contracts.Bounds;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * Support that started for a need: a service or a direct payment worth {@code weeklyAmountPence}
 * a week, the day it should have started (normally the completion date or an agreed date) and the
 * day it did. The days between are missed provision (DOMAIN §3). The weekly amount is at most
 * {@link Bounds#MAX_AMOUNT_PENCE}: a larger one is a mistake that would corrupt the missed amount
 * and the remedy paid from it, so it is refused rather than stored.
 */
public record Provision(UUID id, String needCode, Kind kind, long weeklyAmountPence, LocalDate shouldHaveStarted,
        LocalDate startedOn) {

    /** What kind of support. */
    public enum Kind {
        SERVICE, DIRECT_PAYMENT
    }

    public Provision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(needCode, "needCode");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(shouldHaveStarted, "shouldHaveStarted");
        Objects.requireNonNull(startedOn, "startedOn");
        if (weeklyAmountPence <= 0) {
            throw new RuleViolation("provision.amount-not-positive", ProblemKind.UNPROCESSABLE, "weeklyAmountPence",
                    "provision must be worth more than nothing a week");
        }
        if (weeklyAmountPence > Bounds.MAX_AMOUNT_PENCE) {
            throw implausibleAmount();
        }
    }

    /** Weekly value from hours a week at an hourly rate, both as agreed in the plan. */
    public static long weekly(BigDecimal hoursPerWeek, long hourlyRatePence) {
        BigDecimal weekly = hoursPerWeek.multiply(BigDecimal.valueOf(hourlyRatePence)).setScale(0, RoundingMode.HALF_UP);
        // compared before narrowing: a product beyond a long is refused by the rule, not by an overflow
        if (weekly.compareTo(BigDecimal.valueOf(Bounds.MAX_AMOUNT_PENCE)) > 0) {
            throw implausibleAmount();
        }
        return weekly.longValueExact();
    }

    private static RuleViolation implausibleAmount() {
        return new RuleViolation("provision.amount-implausible", ProblemKind.UNPROCESSABLE, "weeklyAmountPence",
                "provision is worth at most " + Bounds.MAX_AMOUNT_PENCE + " pence a week");
    }

    /** Whether it started after it should have. */
    public boolean late() {
        return startedOn.isAfter(shouldHaveStarted);
    }

    /** The last day not provided: the day before it started (inclusive end of the missed period). */
    public LocalDate missedTo() {
        return startedOn.minusDays(1);
    }

    /** Calendar days missed, from {@code shouldHaveStarted} to the day before {@code startedOn}. */
    public long missedDays() {
        return late() ? ChronoUnit.DAYS.between(shouldHaveStarted, startedOn) : 0;
    }

    /** What the missed days were worth: the weekly amount pro rata per day, rounded half up to a penny. */
    public long missedAmountPence() {
        return BigDecimal.valueOf(weeklyAmountPence).multiply(BigDecimal.valueOf(missedDays()))
                .divide(BigDecimal.valueOf(7), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
