package org.redress.assessments.reassessments.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * Support that started for a need: a service or a direct payment worth {@code weeklyAmountPence}
 * a week, the day it should have started (normally the completion date or an agreed date) and the
 * day it did. The days between are missed provision (DOMAIN §3).
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
    }

    /** Weekly value from hours a week at an hourly rate, both as agreed in the plan. */
    public static long weekly(java.math.BigDecimal hoursPerWeek, long hourlyRatePence) {
        return hoursPerWeek.multiply(java.math.BigDecimal.valueOf(hourlyRatePence))
                .setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
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
        return java.math.BigDecimal.valueOf(weeklyAmountPence).multiply(java.math.BigDecimal.valueOf(missedDays()))
                .divide(java.math.BigDecimal.valueOf(7), 0, java.math.RoundingMode.HALF_UP).longValueExact();
    }
}
