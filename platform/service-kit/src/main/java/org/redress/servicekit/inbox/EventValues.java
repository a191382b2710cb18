package org.redress.servicekit.inbox;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.redress.contracts.Bounds;

/**
 * Checks the values of an event another service sent against the bounds the HTTP edge enforces on the
 * same kinds of value ({@link Bounds}): amounts, dates, references, codes, counts, lists and periods.
 * The first value out of bounds throws {@link ImplausibleEventValue} naming its field (never the value),
 * so the inbox dead-letters the event instead of letting one implausible figure reach a calculation.
 *
 * <pre>{@code
 * EventValues.on(LocalDate.now(clock))
 *         .reference("reference", missed.reference())
 *         .amount("weeklyAmountPence", missed.weeklyAmountPence())
 *         .dates("missedFrom", missed.missedFrom(), "missedTo", missed.missedTo());
 * }</pre>
 */
public final class EventValues {

    private final LocalDate today;

    private EventValues(LocalDate today) {
        this.today = today;
    }

    /** Checks dates against the plausible window around {@code today}. */
    public static EventValues on(LocalDate today) {
        return new EventValues(today);
    }

    /** An id or other value the consumer needs. */
    public EventValues present(String field, Object value) {
        return require(value != null, field);
    }

    /** An amount in pence: {@link Bounds#plausibleAmount}. */
    public EventValues amount(String field, long pence) {
        return require(Bounds.plausibleAmount(pence), field);
    }

    /** An amount in pence that may be absent. */
    public EventValues optionalAmount(String field, Long pence) {
        return pence == null ? this : amount(field, pence);
    }

    /** A date: {@link Bounds#plausibleDate}. */
    public EventValues date(String field, LocalDate date) {
        return require(date != null && Bounds.plausibleDate(date, today), field);
    }

    /** Two plausible dates of which the second is not before the first (a period's first and last day). */
    public EventValues dates(String fromField, LocalDate from, String toField, LocalDate to) {
        return date(fromField, from).date(toField, to).require(!to.isBefore(from), toField);
    }

    /** A reference in this or another council system: present, at most {@link Bounds#MAX_REFERENCE_LENGTH}. */
    public EventValues reference(String field, String value) {
        return require(value != null && !value.isBlank() && value.length() <= Bounds.MAX_REFERENCE_LENGTH, field);
    }

    /** A reference that may be absent. */
    public EventValues optionalReference(String field, String value) {
        return value == null ? this : reference(field, value);
    }

    /** A list of references, at most {@link Bounds#MAX_LIST_SIZE} of them. */
    public EventValues references(String field, List<String> values) {
        list(field, values);
        for (int i = 0; i < values.size(); i++) {
            reference(field + "[" + i + "]", values.get(i));
        }
        return this;
    }

    /** A code (a type, a source, a kind): present, at most {@link Bounds#MAX_NAME_LENGTH}. */
    public EventValues code(String field, String value) {
        return require(value != null && !value.isBlank() && value.length() <= Bounds.MAX_NAME_LENGTH, field);
    }

    /** A code that may be absent. */
    public EventValues optionalCode(String field, String value) {
        return value == null ? this : code(field, value);
    }

    /** A count of things a request may list: 0 to {@link Bounds#MAX_LIST_SIZE}. */
    public EventValues count(String field, int count) {
        return require(count >= 0 && count <= Bounds.MAX_LIST_SIZE, field);
    }

    /** A list: present, at most {@link Bounds#MAX_LIST_SIZE} entries. */
    public EventValues list(String field, List<?> values) {
        return require(values != null && values.size() <= Bounds.MAX_LIST_SIZE, field);
    }

    /** An ISO-8601 period ({@code P4W}, {@code P3M}): positive, at most {@link Bounds#MAX_PERIOD_MONTHS} months. */
    public EventValues period(String field, String value) {
        if (value == null || value.length() > Bounds.MAX_NAME_LENGTH) {
            throw new ImplausibleEventValue(field);
        }
        try {
            Period period = Period.parse(value);
            long months = period.toTotalMonths() + period.getDays() / 30;
            return require(!period.isNegative() && !period.isZero() && months <= Bounds.MAX_PERIOD_MONTHS, field);
        } catch (DateTimeException | ArithmeticException e) {
            throw new ImplausibleEventValue(field);
        }
    }

    private EventValues require(boolean plausible, String field) {
        if (!plausible) {
            throw new ImplausibleEventValue(field);
        }
        return this;
    }
}
