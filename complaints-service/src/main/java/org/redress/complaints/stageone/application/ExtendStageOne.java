package org.redress.complaints.stageone.application;

import java.time.LocalDate;

/** The one extension of stage 1, and when the complainant was told. */
public record ExtendStageOne(int workingDays, String reason, LocalDate complainantToldOn) {
}
