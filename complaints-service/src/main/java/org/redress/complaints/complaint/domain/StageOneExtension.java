package org.redress.complaints.complaint.domain;

import java.time.LocalDate;

/**
 * The one extension of a stage (stage 1 to at most 20 working days), why, when the complainant was told and the
 * day it was decided ({@code decidedOn}; null for one recorded before that day was kept).
 */
public record StageOneExtension(int workingDays, String reason, LocalDate complainantToldOn, LocalDate decidedOn) {

    /** An extension recorded without the day it was decided. */
    public StageOneExtension(int workingDays, String reason, LocalDate complainantToldOn) {
        this(workingDays, reason, complainantToldOn, null);
    }

    /**
     * The day the extension took effect on the record: the day it was decided, or the day the complainant was
     * told if that was earlier (or the only day kept); an extension is not told before it is decided.
     */
    public LocalDate effectiveOn() {
        return decidedOn == null || complainantToldOn.isBefore(decidedOn) ? complainantToldOn : decidedOn;
    }
}
