package org.redress.complaints.stagethree.application;

import java.time.LocalDate;

/** The panel's report was issued. */
public record RecordPanelReport(LocalDate reportOn) {
}
