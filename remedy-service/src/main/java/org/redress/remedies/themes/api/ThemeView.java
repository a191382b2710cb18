package org.redress.remedies.themes.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.remedies.themes.domain.ThemeAction;
import org.redress.remedies.themes.domain.ThemeQueries;
import org.redress.remedies.themes.domain.ThemeSummary;

/**
 * A learning theme with its counts and its latest service-improvement actions across complaints: only the
 * latest few, so that a page of themes stays the same size however many years of actions lie behind it.
 */
@Schema(name = "Theme", description = "A learning theme: how many service-improvement actions were agreed on it and "
        + "where they stand, with the latest " + ThemeQueries.LATEST_PER_THEME + " of them; every action on the theme "
        + "is listed, a page at a time, at GET /themes/{theme}/actions")
public record ThemeView(
        @Schema(examples = "direct-payments-policy") String theme,
        @Schema(description = "Every service-improvement action agreed on the theme", examples = "4") int actionCount,
        @Schema(description = "Those completed", examples = "3") long completedCount,
        @Schema(description = "The theme's latest service-improvement actions, newest decision first: at most "
                + ThemeQueries.LATEST_PER_THEME + ", completed or not")
        List<ThemeActionView> actions,
        @Schema(description = "Those not completed", examples = "1") long openCount,
        @Schema(description = "Those not completed and past their due date today", examples = "0") long overdueCount) {

    /** One action on the theme. */
    @Schema(name = "ThemeAction", description = "A service-improvement action on a theme")
    public record ThemeActionView(
            @Schema(examples = "9b2e4f10-6a7d-4e21-8c3b-5f0a1d2e3c4b") UUID remedyCaseId,
            @Schema(examples = "REM-2026-000042-7") String caseReference,
            @Schema(description = "The complaint's reference; absent for a case without one", examples = "CMP-2026-000123-3",
                    nullable = true) String complaintReference,
            // the values of remedy cases' RemedySource and ActionStatus, written out: remedy cases show these actions,
            // so themes may not depend on them in turn (OpenApiSchemaNamesTest keeps the lists the same)
            @Schema(enumeration = { "STAGE_1", "STAGE_2", "STAGE_3", "OMBUDSMAN", "MISSED_PROVISION" }, examples = "OMBUDSMAN")
            String source,
            @Schema(examples = "2025-06-02") LocalDate decisionDate,
            @Schema(examples = "5d1c7e22-0f3a-4b6e-9a41-2c8d7b0e6f13") UUID actionId,
            @Schema(examples = "A4") String actionRef,
            @Schema(description = "Where it stands today: OVERDUE from the day after its due date while open or in progress",
                    enumeration = { "AWAITING_CONFIRMATION", "OPEN", "IN_PROGRESS", "OVERDUE", "COMPLETED" },
                    examples = "COMPLETED") String status,
            @Schema(examples = "2025-09-02") LocalDate dueDate,
            @Schema(description = "The day it was completed; absent until then", examples = "2025-08-20",
                    nullable = true) LocalDate completedOn) {

        public static ThemeActionView of(ThemeAction a) {
            return new ThemeActionView(a.remedyCaseId(), a.caseReference(), a.complaintReference(), a.source(),
                    a.decisionDate(), a.actionId(), a.actionRef(), a.status(), a.dueDate(), a.completedOn());
        }
    }

    static ThemeView of(ThemeSummary summary) {
        return new ThemeView(summary.theme(), Math.toIntExact(summary.actionCount()), summary.completedCount(),
                summary.latest().stream().map(ThemeActionView::of).toList(), summary.openCount(),
                summary.overdueCount());
    }
}
