package org.redress.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A stage opened: stage 1 on receipt, right after {@link ComplaintRegistered} and
 * {@link ComplaintRouted} (or, for a complainant whose standing rests on sufficient interest, the
 * day the council accepts it); stage 2 or stage 3 on the complainant's request (Regs 2006 regs 17, 18).
 *
 * @param complaintId        the complaint's id (record key)
 * @param complaintReference the complaint's case reference
 * @param stage              {@code STAGE_1}, {@code STAGE_2} or {@code STAGE_3}
 * @param openedOn           day 0 of the stage: received, standing accepted, or requested
 * @param clock              the clock the stage opens with: {@code STAGE_1}, {@code STAGE_2_PROGRESSION} or {@code STAGE_3_PANEL}
 * @param dueDate            that clock's due date
 */
public record ComplaintStageOpened(UUID complaintId, String complaintReference, String stage, LocalDate openedOn, String clock, LocalDate dueDate) implements ComplaintEvent {

    @Override
    public String aggregateId() {
        return complaintId.toString();
    }

    @Override
    public String subject() {
        return complaintReference;
    }
}
