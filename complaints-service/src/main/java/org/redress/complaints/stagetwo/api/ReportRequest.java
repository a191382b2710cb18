package org.redress.complaints.stagetwo.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.stagetwo.application.RecordReport;
import org.redress.servicekit.validation.HappenedOn;

@Schema(name = "ReportRequest", description = "The date of a stage 2 report")
public record ReportRequest(@NotNull @HappenedOn @Schema(examples = "2026-12-15", required = true) LocalDate reportedOn) {
    RecordReport command() {
        return new RecordReport(reportedOn);
    }
}
