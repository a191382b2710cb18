package org.redress.complaints.intake.application;

import org.redress.complaints.complaint.domain.Procedure;

/** The procedure a person chose instead of the proposed one, and why. */
public record OverrideRouting(Procedure procedure, String reason) {
}
