package org.redress.remedies.calculations.domain;

import java.math.BigDecimal;
import java.util.Optional;

import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * What the missed provision was worth, as the care and support plan put it: a weekly amount
 * (direct payments), hours per week at an hourly rate (a care package), or a monthly amount.
 * Each becomes a weekly amount; a conversion that is not exact is its own rounded line.
 */
public sealed interface ProvisionRate {

    /** The weekly amount, and the line that derived it when it was not given as weekly. */
    WeeklyAmount weekly();

    /** The weekly amount the breakdown works from. */
    record WeeklyAmount(Money amount, Optional<BreakdownLine> derivation) {
    }

    /** A weekly amount as agreed, e.g. £52.50 a week of direct payments. */
    record Weekly(Money amount) implements ProvisionRate {
        public Weekly {
            requirePositive(amount.pence(), "weeklyAmountPence");
        }

        @Override
        public WeeklyAmount weekly() {
            return new WeeklyAmount(amount, Optional.empty());
        }
    }

    /** Hours of support per week at an hourly rate, e.g. 7.5 hours at £21.50. */
    record Hourly(BigDecimal hoursPerWeek, Money hourlyRate) implements ProvisionRate {
        public Hourly {
            if (hoursPerWeek == null || hoursPerWeek.signum() <= 0 || hoursPerWeek.compareTo(BigDecimal.valueOf(168)) > 0) {
                throw new RuleViolation("calculation.hours-out-of-range", ProblemKind.UNPROCESSABLE, "hoursPerWeek",
                        "hoursPerWeek must be more than 0 and at most 168");
            }
            requirePositive(hourlyRate.pence(), "hourlyRatePence");
        }

        @Override
        public WeeklyAmount weekly() {
            BigDecimal rate = BigDecimal.valueOf(hourlyRate.pence());
            BreakdownLine line = BreakdownLine.divided(BreakdownLine.LineItem.WEEKLY_AMOUNT_FROM_HOURS, hoursPerWeek,
                    rate, hoursPerWeek.multiply(rate), 1);
            return new WeeklyAmount(line.amount(), Optional.of(line));
        }
    }

    /** A monthly amount; a year is 12 months or 52 weeks, so a week is monthly × 12 ÷ 52. */
    record Monthly(Money amount) implements ProvisionRate {
        public Monthly {
            requirePositive(amount.pence(), "monthlyAmountPence");
        }

        @Override
        public WeeklyAmount weekly() {
            BigDecimal monthly = BigDecimal.valueOf(amount.pence());
            BreakdownLine line = BreakdownLine.divided(BreakdownLine.LineItem.WEEKLY_AMOUNT_FROM_MONTHLY,
                    BigDecimal.valueOf(12), monthly, monthly.multiply(BigDecimal.valueOf(12)), 52);
            return new WeeklyAmount(line.amount(), Optional.of(line));
        }
    }

    private static void requirePositive(long pence, String field) {
        if (pence <= 0) {
            throw new RuleViolation("calculation.rate-not-positive", ProblemKind.UNPROCESSABLE, field,
                    field + " must be more than 0, not " + pence);
        }
    }
}
