package org.redress.contracts.events;

/** Events on {@code redress.remedies.v1}, keyed by remedy case id. */
public sealed interface RemedyEvent extends RedressEvent permits RemedyCaseOpened, RemedyActionCreated, ReassessmentRequested,
        RemedyActionCompleted, RemedyActionOverdue, RemedyCaseCompleted, RemedyPaymentRecorded {
}
