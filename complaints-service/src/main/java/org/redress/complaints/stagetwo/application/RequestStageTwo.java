package org.redress.complaints.stagetwo.application;

import java.time.LocalDate;

/** The complainant asked for stage 2. */
public record RequestStageTwo(LocalDate requestedOn, String lateReason) {
}
