package org.redress.statutorytime;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Working days in England and Wales from {@value #FIRST_YEAR} to {@value #LAST_YEAR}.
 *
 * <p>A working day is any day other than a Saturday, a Sunday, Christmas Day, Boxing Day, Good
 * Friday or a bank holiday in England and Wales (Children Act 1989 Representations Procedure
 * (England) Regulations 2006, SI 2006/1738, reg 2: "working day"). Bank holidays, with their
 * substitute days and one-off days such as 19 September 2022, come from the Banking and Financial
 * Dealings Act 1971, Sch 1 and royal proclamations under its s1(3), as published on gov.uk.
 *
 * <p>Counting follows DOMAIN §1: "within N working days of D" means D is day 0 and the deadline is
 * the Nth working day after D; the working days between A and B are those after A up to and
 * including B. Every query is O(1): the calendar holds, for each day of the range, the number of
 * working days from the start of the range up to and including it, and the list of working days.
 *
 * <p>Instances are immutable and thread-safe. Get the real calendar from {@link #englandAndWales()}.
 */
public final class WorkingDayCalendar {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    /** The first date any query may use. */
    public static final LocalDate FIRST_COVERED_DATE = LocalDate.of(FIRST_YEAR, 1, 1);
    /** The last date any query may use or return. */
    public static final LocalDate LAST_COVERED_DATE = LocalDate.of(LAST_YEAR, 12, 31);

    private static final long FIRST_EPOCH_DAY = FIRST_COVERED_DATE.toEpochDay();

    /** [i] = working days from FIRST_COVERED_DATE up to and including FIRST_COVERED_DATE + i. */
    private final int[] workingDaysUpTo;
    /** Day offsets of the working days, ascending; [k] is the (k+1)th working day of the range. */
    private final int[] workingDays;
    /** The bank holidays (days off) within the range, ascending. */
    private final List<LocalDate> bankHolidays;

    /** Lazy, thread-safe holder: the index is built once, on first use, by the class loader. */
    private static final class EnglandAndWales {
        static final WorkingDayCalendar CALENDAR =
                new WorkingDayCalendar(JollydayBankHolidays.englandAndWales(FIRST_YEAR, LAST_YEAR));
    }

    WorkingDayCalendar(Collection<LocalDate> bankHolidays) {
        int days = (int) (LAST_COVERED_DATE.toEpochDay() - FIRST_EPOCH_DAY) + 1;
        boolean[] holiday = new boolean[days];
        this.bankHolidays = bankHolidays.stream()
                .filter(d -> !d.isBefore(FIRST_COVERED_DATE) && !d.isAfter(LAST_COVERED_DATE))
                .sorted().distinct().toList();
        this.bankHolidays.forEach(d -> holiday[offsetOf(d)] = true);
        int[] upTo = new int[days];
        int[] working = new int[days];
        int count = 0;
        int firstDayOfWeek = FIRST_COVERED_DATE.getDayOfWeek().ordinal(); // MONDAY = 0
        for (int i = 0; i < days; i++) {
            int dayOfWeek = (firstDayOfWeek + i) % 7;
            boolean weekend = dayOfWeek >= DayOfWeek.SATURDAY.ordinal();
            if (!weekend && !holiday[i]) {
                working[count++] = i;
            }
            upTo[i] = count;
        }
        this.workingDaysUpTo = upTo;
        this.workingDays = Arrays.copyOf(working, count);
    }

    /**
     * The working-day calendar of England and Wales, built once on first use: 0.3-0.6 s in a cold
     * JVM, nearly all of it jollyday reading its XML; the index itself takes about 5 ms.
     */
    public static WorkingDayCalendar englandAndWales() {
        return EnglandAndWales.CALENDAR;
    }

    /** Whether {@code date} is a working day: a weekday that is not a bank holiday. */
    public boolean isWorkingDay(LocalDate date) {
        return isWorkingDay(offsetOf(date));
    }

    /** Whether {@code date} is a bank holiday day off (substitute and one-off days included). */
    public boolean isBankHoliday(LocalDate date) {
        offsetOf(date);
        return Collections.binarySearch(bankHolidays, date) >= 0;
    }

    /** The bank holiday days off in England and Wales in {@code year}, in date order. */
    public List<LocalDate> bankHolidaysIn(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw outsideCalendar("year " + year + " is");
        }
        return bankHolidays.stream().filter(d -> d.getYear() == year).toList();
    }

    /**
     * The {@code n}th working day after {@code date}: for n = 0, {@code date} itself (even if it is
     * not a working day); for n &ge; 1, the nth working day strictly after it.
     *
     * @throws StatutoryTimeException {@code calendar.negative-working-days} if n &lt; 0, or
     *     {@code calendar.date-outside-range} if the date or the result is outside the calendar
     */
    public LocalDate nthWorkingDayAfter(LocalDate date, int n) {
        int offset = offsetOf(date);
        if (n < 0) {
            throw new StatutoryTimeException(StatutoryTimeRule.NEGATIVE_WORKING_DAYS,
                    "cannot add " + n + " working days to " + date + ": the number must be 0 or more");
        }
        if (n == 0) {
            return date;
        }
        long index = (long) workingDaysUpTo[offset] + n - 1;
        if (index >= workingDays.length) {
            throw outsideCalendar("the " + n + "th working day after " + date + " is");
        }
        return dateAt(workingDays[(int) index]);
    }

    /**
     * The number of working days after {@code from} up to and including {@code to}, so that
     * {@code workingDaysBetween(d, nthWorkingDayAfter(d, n)) == n}. Negative when {@code to} is
     * before {@code from}: {@code workingDaysBetween(a, b) == -workingDaysBetween(b, a)}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return workingDaysUpTo[offsetOf(to)] - workingDaysUpTo[offsetOf(from)];
    }

    /** {@code date} if it is a working day, otherwise the first working day after it. */
    public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
        return isWorkingDay(offsetOf(date)) ? date : nthWorkingDayAfter(date, 1);
    }

    private boolean isWorkingDay(int offset) {
        int before = offset == 0 ? 0 : workingDaysUpTo[offset - 1];
        return workingDaysUpTo[offset] > before;
    }

    private static int offsetOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        long offset = date.toEpochDay() - FIRST_EPOCH_DAY;
        if (offset < 0 || date.isAfter(LAST_COVERED_DATE)) {
            throw outsideCalendar(date + " is");
        }
        return (int) offset;
    }

    private static LocalDate dateAt(int offset) {
        return LocalDate.ofEpochDay(FIRST_EPOCH_DAY + offset);
    }

    private static StatutoryTimeException outsideCalendar(String what) {
        return new StatutoryTimeException(StatutoryTimeRule.DATE_OUTSIDE_CALENDAR,
                what + " outside the working-day calendar, which covers "
                        + FIRST_COVERED_DATE + " to " + LAST_COVERED_DATE);
    }
}
