package org.redress.remedies.calculations.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact amount of money in whole pence (DOMAIN §4: money is exact, never floating point).
 * Fractions of a penny only ever appear inside a {@link #roundedHalfUp} step, which is applied
 * once per breakdown line so that the rounding of every line is visible.
 *
 * @param pence the amount in pence; may be negative only as a deduction inside a breakdown
 */
public record Money(long pence) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public static Money ofPence(long pence) {
        return new Money(pence);
    }

    /** An exact fraction of pence rounded to the penny, half up (the stated rounding rule). */
    public static Money roundedHalfUp(BigDecimal exactPence) {
        try {
            return new Money(exactPence.setScale(0, RoundingMode.HALF_UP).longValueExact());
        } catch (ArithmeticException overflow) {
            throw AmountTooLarge.overflow();
        }
    }

    // Exact arithmetic: a result that does not fit in a long is refused by a named rule, never wrapped
    // round to a wrong figure and never let out as an ArithmeticException (a 500, or a stopped consumer).

    public Money plus(Money other) {
        try {
            return new Money(Math.addExact(pence, other.pence));
        } catch (ArithmeticException overflow) {
            throw AmountTooLarge.overflow();
        }
    }

    public Money minus(Money other) {
        try {
            return new Money(Math.subtractExact(pence, other.pence));
        } catch (ArithmeticException overflow) {
            throw AmountTooLarge.overflow();
        }
    }

    public Money times(long quantity) {
        try {
            return new Money(Math.multiplyExact(pence, quantity));
        } catch (ArithmeticException overflow) {
            throw AmountTooLarge.overflow();
        }
    }

    public boolean isPositive() {
        return pence > 0;
    }

    public boolean isNegative() {
        return pence < 0;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(pence, other.pence);
    }

    /** Pounds and pence for people, e.g. {@code £1,234.05}. */
    @Override
    public String toString() {
        String sign = pence < 0 ? "-" : "";
        long abs = Math.abs(pence);
        return String.format("%s£%,d.%02d", sign, abs / 100, abs % 100);
    }
}
