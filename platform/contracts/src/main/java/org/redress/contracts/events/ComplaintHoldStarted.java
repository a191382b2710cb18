package org.redress.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A complaint was put on hold, with the complainant told: its running clocks paused.
 *
 * @param complaintId        the complaint's id (record key)
 * @param complaintReference the complaint's case reference
 * @param reason             the hold reason code, e.g. {@code CRIMINAL_INVESTIGATION}
 * @param heldOn             the day the hold starts
 * @param complainantToldOn  the day the complainant was told
 * @param reviewOn           the day the hold is to be reviewed
 */
public record ComplaintHoldStarted(UUID complaintId, String complaintReference, String reason, LocalDate heldOn, LocalDate complainantToldOn, LocalDate reviewOn) implements ComplaintEvent {

    @Override
    public String aggregateId() {
        return complaintId.toString();
    }

    @Override
    public String subject() {
        return complaintReference;
    }
}
