package org.redress.remedies.compliance.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.remedies.compliance.domain.ComplianceFigures;
import org.redress.remedies.compliance.domain.ComplianceReport;

/** The compliance report as the API shows it. */
@Schema(name = "ComplianceReport", description = "Compliance with agreed remedies due in a period")
public record ComplianceView(
        @Schema(examples = "2026-01-01") LocalDate from,
        @Schema(examples = "2026-03-31") LocalDate to,
        FiguresView total,
        @Schema(description = "By action type") Map<String, FiguresView> byType,
        @Schema(description = "By where the actions were agreed") Map<String, FiguresView> bySource,
        @Schema(description = "Ombudsman actions fallen due that were completed on time, in percent (1 d.p., half up); "
                + "absent when none has fallen due", examples = "87.5", nullable = true) BigDecimal ombudsmanComplianceRate) {

    /** Figures for one group. */
    @Schema(name = "ComplianceFigures", description = "How the actions due in the period stand")
    public record FiguresView(
            @Schema(examples = "8") long due,
            @Schema(examples = "6") long completedOnTime,
            @Schema(examples = "1") long completedLate,
            @Schema(examples = "1") long overdueNow,
            @Schema(examples = "0") long notYetDue) {

        static FiguresView of(ComplianceFigures f) {
            return new FiguresView(f.due(), f.completedOnTime(), f.completedLate(), f.overdueNow(), f.notYetDue());
        }
    }

    static ComplianceView of(ComplianceReport report) {
        return new ComplianceView(report.from(), report.to(), FiguresView.of(report.total()), views(report.byType()),
                views(report.bySource()), report.ombudsmanComplianceRate());
    }

    private static Map<String, FiguresView> views(Map<String, ComplianceFigures> figures) {
        Map<String, FiguresView> views = new LinkedHashMap<>();
        figures.forEach((key, value) -> views.put(key, FiguresView.of(value)));
        return views;
    }
}
