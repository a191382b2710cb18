package org.redress.servicekit.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * The {@code asOf} query parameter of a read: the case, or a work queue, as it stood at the end of a past day,
 * computed from the stored history (clock states, flags and due dates as they were that day, and nothing
 * recorded as happening after it). Absent, it is today. A day after today is refused: what has not happened
 * yet cannot be read.
 */
public final class AsOf {

    /** The query parameter's name. */
    public static final String PARAMETER = "asOf";

    /** What the OpenAPI documents say of it. */
    public static final String DESCRIPTION = "Read as it stood at the end of this day (YYYY-MM-DD): clock states, "
            + "flags and due dates as they were that day, computed from the recorded history; facts recorded as "
            + "happening after it are left out. Default: today. Not after today.";

    private AsOf() {
    }

    /**
     * The day to read as of, from the query parameter as the caller sent it: absent or blank is today; anything but
     * a calendar day written YYYY-MM-DD breaks {@code request.as-of-invalid} (400 naming {@code asOf}, where a typed
     * parameter the framework cannot convert would answer 404 as if the case did not exist); a day after today
     * breaks {@code request.as-of-in-future}.
     */
    public static LocalDate day(String asOf, LocalDate today) {
        if (asOf == null || asOf.isBlank()) {
            return today;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            // the caller's text is not repeated: it is said what was expected
            throw new RuleViolation("request.as-of-invalid", ProblemKind.BAD_REQUEST, PARAMETER,
                    PARAMETER + " must be a calendar day written YYYY-MM-DD");
        }
        return day(day, today);
    }

    /** The day to read as of: {@code asOf}, or {@code today} when absent; a day after today breaks {@code request.as-of-in-future}. */
    public static LocalDate day(LocalDate asOf, LocalDate today) {
        if (asOf == null) {
            return today;
        }
        if (asOf.isAfter(today)) {
            throw new RuleViolation("request.as-of-in-future", ProblemKind.BAD_REQUEST, PARAMETER,
                    PARAMETER + " must be today or earlier");
        }
        return asOf;
    }
}
