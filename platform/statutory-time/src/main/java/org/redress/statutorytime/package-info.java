/**
 * Statutory time for Redress: working days in England and Wales, statutory clocks with holds,
 * extensions and stops, and calendar periods ("within one month of ...").
 *
 * <p>Plain Java with no framework, so every service can use it as an ordinary dependency. The
 * package is flat because it is small: {@link org.redress.statutorytime.WorkingDayCalendar} counts
 * working days, {@link org.redress.statutorytime.StatutoryClock} runs a deadline on top of it,
 * {@link org.redress.statutorytime.CalendarPeriod} handles calendar (not working-day) periods, and
 * every rejection is a {@link org.redress.statutorytime.StatutoryTimeException} naming its
 * {@link org.redress.statutorytime.StatutoryTimeRule}. The holiday library (jollyday) is used only
 * by the package-private {@code JollydayBankHolidays}; nothing outside this module sees it.
 *
 * <p>No method reads the system clock: "today" is always a parameter or a {@link java.time.Clock}.
 */
package org.redress.statutorytime;
