package org.redress.complaints.stagetwo.application;

import java.time.LocalDate;

/** Someone appointed to the stage 2 investigation, by reference. */
public record Appoint(String reference, LocalDate appointedOn) {
}
