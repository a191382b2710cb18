package org.redress.complaints.holds.application;

import java.time.LocalDate;

/** The hold's reason ended. */
public record ReleaseHold(LocalDate releasedOn) {
}
