package org.redress.complaints.holds.application;

import java.time.LocalDate;

/** The proceedings ended: the complaint is considered again. */
public record EndDecline(LocalDate proceedingsEndedOn, LocalDate resumedOn) {
}
