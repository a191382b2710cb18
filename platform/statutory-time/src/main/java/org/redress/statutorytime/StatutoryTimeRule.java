package org.redress.statutorytime;

/**
 * The rules this module enforces, each with a stable code that services turn into a problem
 * details {@code type} URI. Codes are part of the public contract: never rename one.
 */
public enum StatutoryTimeRule {
    /** A date before 2000-01-01 or after 2100-12-31, or a result that would fall outside them. */
    DATE_OUTSIDE_CALENDAR("calendar.date-outside-range"),
    /** A negative number of working days to add. */
    NEGATIVE_WORKING_DAYS("calendar.negative-working-days"),
    /** A clock limit below zero working days. */
    NEGATIVE_LIMIT("clock.negative-limit"),
    /** A maximum (extended) limit below the clock's ordinary limit. */
    MAXIMUM_BELOW_LIMIT("clock.maximum-below-limit"),
    /** An extension to more working days than the clock's maximum. */
    EXTENSION_BEYOND_MAXIMUM("clock.extension-beyond-maximum"),
    /** An "extension" that does not lengthen the current limit. */
    EXTENSION_NOT_LONGER("clock.extension-not-longer"),
    /** An extension without a recorded reason. */
    EXTENSION_WITHOUT_REASON("clock.extension-without-reason"),
    /** A hold placed before the clock started. */
    PAUSE_BEFORE_START("clock.pause-before-start"),
    /** A hold released before the day it was placed. */
    PAUSE_ENDS_BEFORE_START("clock.pause-ends-before-it-starts"),
    /** A hold placed before the previous hold was released. */
    PAUSES_OVERLAP("clock.pauses-overlap"),
    /** A hold placed while another hold is still open. */
    ALREADY_PAUSED("clock.already-paused"),
    /** A release while no hold is open. */
    NOT_PAUSED("clock.not-paused"),
    /** A stop dated before the clock started. */
    STOP_BEFORE_START("clock.stop-before-start"),
    /** A stop dated before a recorded hold was placed or released. */
    STOP_BEFORE_PAUSE_ENDS("clock.stop-before-pause-ends"),
    /** Any change to a clock that has already stopped. */
    ALREADY_STOPPED("clock.already-stopped"),
    /** A reading of a clock for a day before it started. */
    READING_BEFORE_START("clock.reading-before-start"),
    /** A calendar period code that is not one of P&lt;n&gt;D, P&lt;n&gt;W, P&lt;n&gt;M. */
    UNRECOGNISED_PERIOD("period.unrecognised-code"),
    /** A calendar period of zero or fewer days, weeks or months. */
    NON_POSITIVE_PERIOD("period.non-positive-amount");

    private final String code;

    StatutoryTimeRule(String code) {
        this.code = code;
    }

    /** The stable rule code, such as {@code clock.extension-beyond-maximum}. */
    public String code() {
        return code;
    }
}
