package org.redress.complaints.stageone.application;

import java.time.LocalDate;

/** The one extension of stage 1, when the complainant was told and the day it was decided (today when null). */
public record ExtendStageOne(int workingDays, String reason, LocalDate complainantToldOn, LocalDate decidedOn) {
}
