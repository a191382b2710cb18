package org.redress.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A complaint's hold was released: its paused clocks resumed with the working days they had left.
 *
 * @param complaintId        the complaint's id (record key)
 * @param complaintReference the complaint's case reference
 * @param heldOn             the day the hold started
 * @param releasedOn         the day it was released
 */
public record ComplaintHoldReleased(UUID complaintId, String complaintReference, LocalDate heldOn, LocalDate releasedOn) implements ComplaintEvent {

    @Override
    public String aggregateId() {
        return complaintId.toString();
    }

    @Override
    public String subject() {
        return complaintReference;
    }
}
