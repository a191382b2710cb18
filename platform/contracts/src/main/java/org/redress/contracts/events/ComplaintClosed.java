package org.redress.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A complaint was closed for a reason from the fixed list; its running clocks stopped.
 *
 * @param complaintId        the complaint's id (record key)
 * @param complaintReference the complaint's case reference
 * @param reason             e.g. {@code RESOLVED}, {@code WITHDRAWN_BY_COMPLAINANT}
 * @param closedOn           the day it was closed
 */
public record ComplaintClosed(UUID complaintId, String complaintReference, String reason, LocalDate closedOn) implements ComplaintEvent {

    @Override
    public String aggregateId() {
        return complaintId.toString();
    }

    @Override
    public String subject() {
        return complaintReference;
    }
}
