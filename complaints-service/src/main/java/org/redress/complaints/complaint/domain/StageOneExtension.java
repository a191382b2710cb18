package org.redress.complaints.complaint.domain;

import java.time.LocalDate;

/** The one extension of stage 1 (to at most 20 working days), why, and when the complainant was told. */
public record StageOneExtension(int workingDays, String reason, LocalDate complainantToldOn) {
}
