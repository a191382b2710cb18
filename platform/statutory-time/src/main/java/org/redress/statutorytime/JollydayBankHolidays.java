package org.redress.statutorytime;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The only place that touches jollyday: reads the bank holidays of England and Wales so that the
 * rest of the module (and every service) depends on {@link WorkingDayCalendar} alone.
 */
final class JollydayBankHolidays {

    /**
     * jollyday's sub-region for England. Wales ("wls") has the same list: bank holidays are set for
     * England and Wales together (Banking and Financial Dealings Act 1971, Sch 1 para 1).
     */
    private static final String ENGLAND = "eng";

    private JollydayBankHolidays() {
    }

    /**
     * The days off for bank holidays in England and Wales, substitute days and one-off days
     * (royal occasions) included, for the years given (inclusive).
     */
    static SortedSet<LocalDate> englandAndWales(int firstYear, int lastYear) {
        HolidayManager manager =
                HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
        SortedSet<LocalDate> daysOff = new TreeSet<>();
        for (int year = firstYear; year <= lastYear; year++) {
            for (Holiday holiday : manager.getHolidays(Year.of(year), ENGLAND)) {
                // jollyday tags the UK days PUBLIC_HOLIDAY (not BANK_HOLIDAY); only observances,
                // which are not days off, are left out.
                if (holiday.getType() != HolidayType.OBSERVANCE) {
                    // getDate() is the day off (the substitute Monday or Tuesday when the
                    // holiday falls at a weekend); getActualDate() would be the nominal date.
                    daysOff.add(holiday.getDate());
                }
            }
        }
        return daysOff;
    }
}
