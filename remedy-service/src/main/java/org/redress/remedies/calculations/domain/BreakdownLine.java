package org.redress.remedies.calculations.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One line of a calculation as the Ombudsman would show it: what is counted, how many, at what
 * rate and the line's amount, rounded once (to the penny, half up) if the exact figure has a
 * fraction of a penny.
 *
 * @param item      what the line counts, e.g. {@code WHOLE_WEEKS}
 * @param quantity  how many of the unit (weeks, days, hours, months); 1 for a single amount
 * @param unitRate  the rate per unit, in exact pence (the daily rate may have a fraction)
 * @param amount    the line's amount; negative for a deduction
 * @param rounded   whether the exact amount had a fraction of a penny and was rounded half up
 */
public record BreakdownLine(LineItem item, BigDecimal quantity, BigDecimal unitRate, Money amount, boolean rounded) {

    /** What a breakdown line counts. */
    public enum LineItem {
        /** Hours per week × hourly rate, giving the weekly amount. */
        WEEKLY_AMOUNT_FROM_HOURS,
        /** Monthly amount × 12 ÷ 52, giving the weekly amount. */
        WEEKLY_AMOUNT_FROM_MONTHLY,
        /** Whole weeks in the period × the weekly amount. */
        WHOLE_WEEKS,
        /** Days left over after the whole weeks × the daily rate (weekly ÷ 7). */
        REMAINING_DAYS,
        /** What the council has already paid for the period, deducted. */
        ALREADY_PAID,
        /** Whole months of delay × the monthly sum. */
        WHOLE_MONTHS,
        /** A part month at the end of the delay, counted as a month. */
        PART_MONTH
    }

    static BreakdownLine exact(LineItem item, long quantity, long unitRatePence) {
        return new BreakdownLine(item, BigDecimal.valueOf(quantity), BigDecimal.valueOf(unitRatePence),
                Money.ofPence(unitRatePence).times(quantity), false);
    }

    /**
     * A line whose exact amount is {@code numerator ÷ divisor} pence, rounded once to the penny,
     * half up. Dividing last keeps the one rounding on the line's total, not on a rate first
     * (13 days at £100/7 is £185.71, not 13 × £14.29 = £185.77).
     */
    static BreakdownLine divided(LineItem item, BigDecimal quantity, BigDecimal unitRateShown, BigDecimal numerator,
            long divisor) {
        BigDecimal exact = numerator.divide(BigDecimal.valueOf(divisor), 0, RoundingMode.HALF_UP);
        boolean rounded = numerator.remainder(BigDecimal.valueOf(divisor)).signum() != 0;
        return new BreakdownLine(item, quantity.stripTrailingZeros(), unitRateShown.stripTrailingZeros(),
                Money.roundedHalfUp(exact), rounded);
    }
}
