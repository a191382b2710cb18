package org.redress.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A complaint's statutory clock passed its due date without being met: published once per clock,
 * the day after the due date (or on the first sweep after it).
 *
 * @param complaintId        the complaint's id (record key)
 * @param complaintReference the complaint's case reference
 * @param clock              which clock: {@code STAGE_1}, {@code STAGE_2_PROGRESSION}, {@code STAGE_2},
 *                           {@code STAGE_3_PANEL}, {@code STAGE_3_REPORT} or {@code STAGE_3_RESPONSE}
 * @param startDate          day 0 of the clock
 * @param dueDate            the effective due date that passed (extended, and moved by holds)
 * @param breachedOn         the day the breach was found
 */
public record ClockBreached(UUID complaintId, String complaintReference, String clock, LocalDate startDate,
        LocalDate dueDate, LocalDate breachedOn) implements ComplaintEvent {

    @Override
    public String aggregateId() {
        return complaintId.toString();
    }

    @Override
    public String subject() {
        return complaintReference;
    }
}
