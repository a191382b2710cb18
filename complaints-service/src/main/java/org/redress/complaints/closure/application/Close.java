package org.redress.complaints.closure.application;

import java.time.LocalDate;

/** Close the complaint for a reason from the fixed list. */
public record Close(String reason, LocalDate closedOn) {
}
