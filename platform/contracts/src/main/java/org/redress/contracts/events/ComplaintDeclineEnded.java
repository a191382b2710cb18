package org.redress.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The proceedings that a complaint was declined for have ended and the complaint is considered
 * again: paused clocks resume with the working days they had left.
 *
 * @param complaintId        the complaint's id (record key)
 * @param complaintReference the complaint's case reference
 * @param declinedOn         the day it was declined
 * @param proceedingsEndedOn the day the proceedings ended
 * @param resumedOn          the day the council took the complaint up again
 */
public record ComplaintDeclineEnded(UUID complaintId, String complaintReference, LocalDate declinedOn,
        LocalDate proceedingsEndedOn, LocalDate resumedOn) implements ComplaintEvent {

    @Override
    public String aggregateId() {
        return complaintId.toString();
    }

    @Override
    public String subject() {
        return complaintReference;
    }
}
