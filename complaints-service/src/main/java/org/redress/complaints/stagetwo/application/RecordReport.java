package org.redress.complaints.stagetwo.application;

import java.time.LocalDate;

/** The date of a stage 2 report (the investigating officer's or the independent person's). */
public record RecordReport(LocalDate reportedOn) {
}
