package org.redress.remedies.themes.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.remedies.themes.domain.ThemeAction;

/** A learning theme with its service-improvement actions across complaints. */
@Schema(name = "Theme", description = "A learning theme and every service-improvement action on it, completed or not")
public record ThemeView(
        @Schema(examples = "direct-payments-policy") String theme,
        @Schema(examples = "4") int actionCount,
        @Schema(examples = "3") long completedCount,
        List<ThemeActionView> actions) {

    /** One action on the theme. */
    @Schema(name = "ThemeAction", description = "A service-improvement action on a theme")
    public record ThemeActionView(
            @Schema(examples = "9b2e4f10-6a7d-4e21-8c3b-5f0a1d2e3c4b") UUID remedyCaseId,
            @Schema(examples = "REM-2026-000042-7") String caseReference,
            @Schema(examples = "CMP-2026-000123-3") String complaintReference,
            @Schema(examples = "OMBUDSMAN") String source,
            @Schema(examples = "2025-06-02") LocalDate decisionDate,
            @Schema(examples = "5d1c7e22-0f3a-4b6e-9a41-2c8d7b0e6f13") UUID actionId,
            @Schema(examples = "A4") String actionRef,
            @Schema(examples = "COMPLETED") String status,
            @Schema(examples = "2025-09-02") LocalDate dueDate,
            @Schema(examples = "2025-08-20") LocalDate completedOn) {

        public static ThemeActionView of(ThemeAction a) {
            return new ThemeActionView(a.remedyCaseId(), a.caseReference(), a.complaintReference(), a.source(),
                    a.decisionDate(), a.actionId(), a.actionRef(), a.status(), a.dueDate(), a.completedOn());
        }
    }

    static ThemeView of(String theme, List<ThemeAction> actions) {
        return new ThemeView(theme, actions.size(), actions.stream().filter(ThemeAction::completed).count(),
                actions.stream().map(ThemeActionView::of).toList());
    }
}
