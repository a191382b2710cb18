package org.redress.remedies.remedycases.api;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.remedies.remedycases.domain.RemedyCaseSummaries;
import org.redress.remedies.remedycases.domain.RemedyCaseSummaries.RemedyCaseSummary;

/** A remedy case in a summary list: ids, references, state and dates, nothing of what was agreed. */
@Schema(name = "RemedyCaseSummary", description = "A remedy case by its ids, references, state and dates only")
public record RemedyCaseSummaryView(
        @Schema(examples = "9b2e4f10-6a7d-4e21-8c3b-5f0a1d2e3c4b") UUID id,
        @Schema(description = "Case reference with check digit", examples = "REM-2026-000042-7") String reference,
        @Schema(description = "The complaint the actions were agreed on; absent for a case opened without one, and for "
                + "missed provision found by an assessment", examples = "3f7c2a9e-1b4d-4c55-9a63-0d2f8e6b7a10", nullable = true)
        UUID complaintId,
        @Schema(description = "That complaint's reference, when it was given", examples = "CMP-2026-000123-3", nullable = true)
        String complaintReference,
        @Schema(description = "OPEN (an action still to be done, none late), OVERDUE (an open or in-progress action past "
                + "its due date, from the day after it) or COMPLETED (every action completed)", examples = "OVERDUE")
        RemedyCaseSummaries.State state,
        @Schema(description = "The day of the decision that agreed the actions, from which their periods run",
                examples = "2026-11-02") LocalDate decisionDate,
        @Schema(description = "The earliest due date of the actions not yet completed; absent once all are",
                examples = "2026-12-02", nullable = true) LocalDate nextDueDate,
        @Schema(description = "The day the last action was completed; absent while any is still to be done",
                examples = "2027-01-28", nullable = true) LocalDate completedOn) {

    static RemedyCaseSummaryView of(RemedyCaseSummary summary, LocalDate today) {
        return new RemedyCaseSummaryView(summary.id(), summary.reference(), summary.complaintId(),
                summary.complaintReference(), summary.stateOn(today), summary.decisionDate(), summary.nextDueDate(),
                summary.completedOn());
    }
}
