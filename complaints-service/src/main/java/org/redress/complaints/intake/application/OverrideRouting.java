package org.redress.complaints.intake.application;

import java.time.LocalDate;

import org.redress.complaints.complaint.domain.Procedure;

/** The procedure a person chose instead of the proposed one, why, and the day it was decided (today when null). */
public record OverrideRouting(Procedure procedure, String reason, LocalDate decidedOn) {
}
