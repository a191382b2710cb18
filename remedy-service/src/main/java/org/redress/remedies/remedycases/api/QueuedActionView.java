package org.redress.remedies.remedycases.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.remedies.remedycases.domain.ActionStatus;
import org.redress.remedies.remedycases.domain.ActionType;
import org.redress.remedies.remedycases.domain.ActionWorkQueue;
import org.redress.remedies.remedycases.domain.ActionWorkQueue.QueuedAction;

/** An open action in a remedy officer's work queue, with the case and complaint it belongs to. */
@Schema(name = "QueuedRemedyAction", description = "An agreed action not yet completed, where it stands against its due date today")
public record QueuedActionView(
        @Schema(examples = "5d1c7e22-0f3a-4b6e-9a41-2c8d7b0e6f13") UUID actionId,
        @Schema(examples = "A1") String actionRef,
        @Schema(examples = "APOLOGY") ActionType type,
        @Schema(description = "What exactly is to be done", examples = "Written apology from the Director for the delay", nullable = true) String description,
        @Schema(description = "What the action is to be carried out under, in the remedy's words; empty when none",
                examples = "[\"Keep the children's contact with professionals to a minimum\"]") List<String> conditions,
        @Schema(description = "Last day of the agreed period", examples = "2026-12-04") LocalDate dueDate,
        @Schema(description = "OVERDUE (past its due date), DUE_SOON (due today or within 5 working days) or ON_TRACK",
                examples = "OVERDUE") ActionWorkQueue.Due state,
        @Schema(description = "The action's status: AWAITING_CONFIRMATION, OPEN, IN_PROGRESS or OVERDUE (from the day "
                + "after the due date while open or in progress)", examples = "OVERDUE") ActionStatus status,
        @Schema(description = "Calendar days past the due date (agreed periods are calendar periods); 0 when not overdue",
                examples = "2") long daysOverdue,
        @Schema(description = "Calendar days until the due date; 0 when due today or overdue", examples = "0") long daysUntilDue,
        @Schema(examples = "9b2e4f10-6a7d-4e21-8c3b-5f0a1d2e3c4b") UUID remedyCaseId,
        @Schema(description = "Remedy case reference with check digit", examples = "REM-2026-000042-7") String caseReference,
        @Schema(description = "The complaint whose decision agreed the action; absent for a case from an assessment",
                examples = "3f7c2a9e-1b4d-4c55-9a63-0d2f8e6b7a10", nullable = true) UUID complaintId,
        @Schema(description = "That complaint's reference, when it was given", examples = "CMP-2026-000123-3", nullable = true)
        String complaintReference) {

    static QueuedActionView of(QueuedAction action, LocalDate today, LocalDate dueSoonUntil) {
        return new QueuedActionView(action.actionId(), action.actionRef(), action.type(), action.description(),
                action.conditions(), action.dueDate(), ActionWorkQueue.Due.of(action.dueDate(), today, dueSoonUntil),
                action.statusOn(today), action.daysOverdue(today), action.daysUntilDue(today), action.remedyCaseId(),
                action.caseReference(), action.complaintId(), action.complaintReference());
    }
}
