package org.redress.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Stage 2 or stage 3 opened on the complainant's request (Regs 2006 regs 17, 18); stage 1 opens
 * on receipt, announced by {@link ComplaintRegistered}.
 *
 * @param complaintId        the complaint's id (record key)
 * @param complaintReference the complaint's case reference
 * @param stage              {@code STAGE_2} or {@code STAGE_3}
 * @param openedOn           day 0 of the stage: the date requested
 * @param clock              the clock the stage opens with: {@code STAGE_2_PROGRESSION} or {@code STAGE_3_PANEL}
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
