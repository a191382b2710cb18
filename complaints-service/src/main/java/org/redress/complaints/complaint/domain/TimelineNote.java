package org.redress.complaints.complaint.domain;

import java.time.LocalDate;

import org.redress.statutorytime.ClockState;

/**
 * One line of a complaint's chronology, as the aggregate reports it; who recorded it and when are
 * added where the change is saved.
 *
 * @param what       a stable code, e.g. {@code stage-1.responded} or {@code flag.ROUTED_AWAY_FROM_STATUTORY}
 * @param detail     a short description for the people handling the complaint, in words
 * @param happenedOn the day the fact it records happened (the complaint received, a decision made), when
 *                   the line records such a fact; otherwise null
 */
public record TimelineNote(String what, String detail, LocalDate happenedOn) {

    /** A line that records no dated fact of its own. */
    public TimelineNote(String what, String detail) {
        this(what, detail, null);
    }

    /** A code in words: {@code STATUTORY_CHILDREN} is "statutory children". */
    static String words(Enum<?> code) {
        return code.name().toLowerCase().replace('_', ' ');
    }

    /** How a step stood against its clock, in words: "within its timescale" for MET. */
    static String timescale(ClockState result) {
        return switch (result) {
            case MET -> "within its timescale";
            case MISSED -> "after its timescale";
            default -> "its clock " + words(result);
        };
    }

    /** "1 point", "2 points". */
    static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }
}
