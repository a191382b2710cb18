package org.redress.remedies.remedycases.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One thing that happened on a remedy case, for its timeline: what, to which action, on which
 * day, and the evidence, payment or note recorded with it.
 *
 * @param actionId     the action it concerns
 * @param kind         what happened
 * @param on           the day it happened
 * @param note         a progress note, or {@code null}
 * @param evidenceRefs references to evidence
 * @param amountPence  for a payment, its amount
 * @param reference    for a payment, its reference
 */
public record TimelineEntry(UUID actionId, Kind kind, LocalDate on, String note, List<String> evidenceRefs,
        Long amountPence, String reference) {

    /** What happened. */
    public enum Kind {
        ACTION_ADDED, PROGRESS, AMOUNT_DUE, PAYMENT, COMPLETED, OVERDUE
    }

    public TimelineEntry {
        evidenceRefs = evidenceRefs == null ? List.of() : List.copyOf(evidenceRefs);
    }

    static TimelineEntry of(UUID actionId, Kind kind, LocalDate on) {
        return new TimelineEntry(actionId, kind, on, null, List.of(), null, null);
    }
}
