package org.redress.assessments.assessment.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One thing that happened to an assessment, in order: what, about what, on which day, and when and by
 * whom it was recorded (DOMAIN §5: an Ombudsman investigator reading the record months later can tell a
 * completion recorded on the day from one recorded the next morning or brought across from an old system).
 *
 * @param on         the day it happened
 * @param what       a code, e.g. {@code NEED_RECORDED}, {@code COMPLETED}, {@code FLAGGED}
 * @param about      a need code, an assessor, a flag code, or {@code null}
 * @param recordedAt when it was recorded; {@code null} until it is stored, and for entries stored before
 *                   Redress kept it
 * @param recordedBy who recorded it (the subject of the person or system, never a name); {@code null} as
 *                   {@code recordedAt}
 */
public record TimelineEntry(LocalDate on, String what, String about, Instant recordedAt, String recordedBy) {

    /** An entry of something that happened {@code on}, not yet recorded. */
    public TimelineEntry(LocalDate on, String what, String about) {
        this(on, what, about, null, null);
    }

    /** This entry as recorded at {@code at} by {@code by}. */
    TimelineEntry recordedAt(Instant at, String by) {
        return new TimelineEntry(on, what, about, at, by);
    }
}
