package org.redress.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A complaints manager overrode the procedure proposed at intake, with a recorded reason (an
 * override away from the statutory route of a Part 3 matter is flagged on the complaint). The
 * proposal itself travels in {@link ComplaintRegistered}.
 *
 * @param complaintId        the complaint's id (record key)
 * @param complaintReference the complaint's case reference
 * @param proposedProcedure  the procedure the routing policy proposed
 * @param procedure          the procedure the complaint is now handled under
 * @param overridden         whether a complaints manager overrode the proposal
 * @param routedOn           the day it was routed
 */
public record ComplaintRouted(UUID complaintId, String complaintReference, String proposedProcedure, String procedure, boolean overridden, LocalDate routedOn) implements ComplaintEvent {

    @Override
    public String aggregateId() {
        return complaintId.toString();
    }

    @Override
    public String subject() {
        return complaintReference;
    }
}
