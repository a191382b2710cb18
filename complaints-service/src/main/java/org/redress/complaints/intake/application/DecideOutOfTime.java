package org.redress.complaints.intake.application;

import java.time.LocalDate;

/** The decision on a complaint made more than 12 months after the matter arose. */
public record DecideOutOfTime(boolean accepted, String reason, LocalDate decidedOn) {
}
