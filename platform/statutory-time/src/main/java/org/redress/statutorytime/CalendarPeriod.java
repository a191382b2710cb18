package org.redress.statutorytime;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period in calendar days, weeks or months, for deadlines that are not counted in working days:
 * the Ombudsman's and remedies' "within four weeks", "within one month", "within two/three months
 * of the final decision" (DOMAIN §1). Written as an ISO 8601 style code: {@code P14D}, {@code P4W},
 * {@code P1M}, {@code P3M}.
 *
 * <p>Months are added by calendar month and clamped to the end of a shorter month, so 31 January
 * plus one month is 28 (or, in a leap year, 29) February, and 30 April plus one month is 30 May.
 *
 * @param amount how many units; at least 1
 * @param unit   days, weeks or months
 */
public record CalendarPeriod(int amount, Unit unit) {

    /** "Within four weeks". */
    public static final CalendarPeriod FOUR_WEEKS = new CalendarPeriod(4, Unit.WEEKS);
    /** "Within one month". */
    public static final CalendarPeriod ONE_MONTH = new CalendarPeriod(1, Unit.MONTHS);
    /** "Within two months". */
    public static final CalendarPeriod TWO_MONTHS = new CalendarPeriod(2, Unit.MONTHS);
    /** "Within three months". */
    public static final CalendarPeriod THREE_MONTHS = new CalendarPeriod(3, Unit.MONTHS);

    private static final Pattern CODE = Pattern.compile("P(\\d{1,4})([DWM])");

    /** The unit of a calendar period, with its letter in the code. */
    public enum Unit {
        DAYS('D'), WEEKS('W'), MONTHS('M');

        private final char letter;

        Unit(char letter) {
            this.letter = letter;
        }

        static Unit ofLetter(char letter) {
            for (Unit unit : values()) {
                if (unit.letter == letter) {
                    return unit;
                }
            }
            throw new IllegalStateException("no unit for " + letter); // the pattern admits none
        }
    }

    /** @throws StatutoryTimeException {@code period.non-positive-amount} if amount &lt; 1 */
    public CalendarPeriod {
        Objects.requireNonNull(unit, "unit");
        if (amount < 1) {
            throw new StatutoryTimeException(StatutoryTimeRule.NON_POSITIVE_PERIOD,
                    "a calendar period needs at least 1 " + unit.name().toLowerCase() + ", not " + amount);
        }
    }

    /**
     * Parses a code such as {@code P4W}, {@code P1M}, {@code P3M} or {@code P14D}.
     *
     * @throws StatutoryTimeException {@code period.unrecognised-code} or
     *     {@code period.non-positive-amount}
     */
    public static CalendarPeriod parse(String code) {
        Matcher matcher = CODE.matcher(code == null ? "" : code);
        if (!matcher.matches()) {
            throw new StatutoryTimeException(StatutoryTimeRule.UNRECOGNISED_PERIOD, "'" + code
                    + "' is not a calendar period: expected P<n>D, P<n>W or P<n>M, e.g. P4W");
        }
        return new CalendarPeriod(Integer.parseInt(matcher.group(1)),
                Unit.ofLetter(matcher.group(2).charAt(0)));
    }

    /** A period of {@code days} calendar days. */
    public static CalendarPeriod ofDays(int days) {
        return new CalendarPeriod(days, Unit.DAYS);
    }

    /** A period of {@code weeks} weeks. */
    public static CalendarPeriod ofWeeks(int weeks) {
        return new CalendarPeriod(weeks, Unit.WEEKS);
    }

    /** A period of {@code months} calendar months. */
    public static CalendarPeriod ofMonths(int months) {
        return new CalendarPeriod(months, Unit.MONTHS);
    }

    /** The code of this period, such as {@code P4W}; {@code parse(code())} returns it again. */
    public String code() {
        return "P" + amount + unit.letter;
    }

    /**
     * The last day of this period counted from {@code date}: "within one month of 31 January" is
     * by 28/29 February. The day itself is day 0, as with working days.
     */
    public LocalDate dueFrom(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return switch (unit) {
            case DAYS -> date.plusDays(amount);
            case WEEKS -> date.plusWeeks(amount);
            case MONTHS -> date.plusMonths(amount); // clamps to the last day of a shorter month
        };
    }

    @Override
    public String toString() {
        return code();
    }
}
