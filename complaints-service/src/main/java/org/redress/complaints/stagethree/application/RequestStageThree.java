package org.redress.complaints.stagethree.application;

import java.time.LocalDate;

/** The complainant asked for a review panel. */
public record RequestStageThree(LocalDate requestedOn, String lateReason) {
}
