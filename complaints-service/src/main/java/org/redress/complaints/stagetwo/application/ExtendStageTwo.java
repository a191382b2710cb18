package org.redress.complaints.stagetwo.application;

import java.time.LocalDate;

/** An extension of stage 2, and when the complainant was told why. */
public record ExtendStageTwo(int workingDays, String reason, LocalDate complainantToldOn) {
}
