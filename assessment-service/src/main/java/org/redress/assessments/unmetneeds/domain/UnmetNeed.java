package org.redress.assessments.unmetneeds.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An eligible need a completed assessment left unmet, open from {@code openedOn} until provision
 * starts for it; {@code version} is the version it was stored at.
 */
public record UnmetNeed(UUID id, UUID assessmentId, String assessmentReference, String childRef, String needCode,
        String area, boolean resourceLedReason, boolean wontEngageReason, LocalDate openedOn, long version) {
}
