package org.redress.remedies.remedycases.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.remedies.remedycases.domain.TimelineEntry;

/** One timeline entry as the API shows it. */
@Schema(name = "RemedyTimelineEntry", description = "One thing that happened on a remedy case")
public record TimelineEntryView(
        @Schema(examples = "5d1c7e22-0f3a-4b6e-9a41-2c8d7b0e6f13") UUID actionId,
        @Schema(description = "ACTION_ADDED, PROGRESS, AMOUNT_DUE, PAYMENT, COMPLETED or OVERDUE", examples = "PAYMENT") TimelineEntry.Kind kind,
        @Schema(description = "The day it happened: for an action agreed with the case, the decision date", examples = "2026-12-05") LocalDate on,
        @Schema(description = "What exactly an added action is to do, a progress note, a calculation's breakdown, "
                + "or the payment kind", examples = "MISSED_PROVISION", nullable = true) String note,
        @Schema(examples = "[]") List<String> evidenceRefs,
        @Schema(description = "A payment's amount in pence", examples = "54225", nullable = true) Long amountPence,
        @Schema(description = "A payment's reference", examples = "AP-2026-118830", nullable = true) String reference) {

    static TimelineEntryView of(TimelineEntry entry) {
        return new TimelineEntryView(entry.actionId(), entry.kind(), entry.on(), entry.note(),
                entry.evidenceRefs(), entry.amountPence(), entry.reference());
    }
}
