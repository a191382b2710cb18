package org.redress.complaints.holds.application;

import java.time.LocalDate;

/** The hold was reviewed on {@code reviewedOn}, and goes on. */
public record ReviewHold(LocalDate reviewedOn) {
}
