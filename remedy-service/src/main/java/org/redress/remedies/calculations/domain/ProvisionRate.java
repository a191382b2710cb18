package org.redress.remedies.calculations.domain;

import java.math.BigDecimal;
import java.util.Optional;

import org.redress.contracts.Bounds;
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
            requirePlausible(amount, "weeklyAmountPence");
        }

        @Override
        public WeeklyAmount weekly() {
            return new WeeklyAmount(amount, Optional.empty());
        }
    }

    /** Hours of support per week at an hourly rate, e.g. 7.5 hours at £21.50. */
    record Hourly(BigDecimal hoursPerWeek, Money hourlyRate) implements ProvisionRate {
        public Hourly {
            // hundredths of an hour at most: a finer fraction is a mistake, and an exponent such as 1e-999999999
            // would make the exact arithmetic below work with a billion digits
            if (hoursPerWeek == null || hoursPerWeek.signum() <= 0
                    || hoursPerWeek.compareTo(BigDecimal.valueOf(Bounds.MAX_HOURS_PER_WEEK)) > 0
                    || hoursPerWeek.stripTrailingZeros().scale() > 2) {
                throw new RuleViolation("calculation.hours-out-of-range", ProblemKind.UNPROCESSABLE, "hoursPerWeek",
                        "hoursPerWeek must be more than 0 and at most " + Bounds.MAX_HOURS_PER_WEEK
                                + ", to the hundredth of an hour");
            }
            requirePlausible(hourlyRate, "hourlyRatePence");
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
            requirePlausible(amount, "monthlyAmountPence");
        }

        @Override
        public WeeklyAmount weekly() {
            BigDecimal monthly = BigDecimal.valueOf(amount.pence());
            BreakdownLine line = BreakdownLine.divided(BreakdownLine.LineItem.WEEKLY_AMOUNT_FROM_MONTHLY,
                    BigDecimal.valueOf(12), monthly, monthly.multiply(BigDecimal.valueOf(12)), 52);
            return new WeeklyAmount(line.amount(), Optional.of(line));
        }
    }

    /** A rate is worth something, and no more than the largest single amount. */
    private static void requirePlausible(Money rate, String field) {
        if (!rate.isPositive()) {
            throw new RuleViolation("calculation.rate-not-positive", ProblemKind.UNPROCESSABLE, field,
                    field + " must be more than 0, not " + rate.pence());
        }
        AmountTooLarge.requireWithinBounds(rate, field, field);
    }
}
