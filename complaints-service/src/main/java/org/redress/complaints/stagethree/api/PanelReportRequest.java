package org.redress.complaints.stagethree.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.stagethree.application.RecordPanelReport;
import org.redress.servicekit.validation.HappenedOn;

@Schema(name = "PanelReportRequest", description = "The panel's report was issued")
public record PanelReportRequest(@NotNull @HappenedOn @Schema(examples = "2027-02-19", required = true) LocalDate reportOn) {
    RecordPanelReport command() {
        return new RecordPanelReport(reportOn);
    }
}
