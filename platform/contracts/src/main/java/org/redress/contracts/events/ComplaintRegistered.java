package org.redress.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A complaint was received and recorded.
 *
 * @param complaintId     the complaint's id (record key)
 * @param reference       the complaint's case reference
 * @param receivedDate    the date the council received it; day 0 of the stage 1 clock (of the standing
 *                        decision's clock when standing rests on sufficient interest)
 * @param procedure       the procedure it was routed to, e.g. {@code STATUTORY_CHILDREN}
 * @param stageOneDueDate the stage 1 response due date (10 working days, Regs 2006 reg 14); null while a
 *                        sufficient-interest complainant's standing awaits the council's decision, when
 *                        stage 1 has not opened (its due date then comes with {@link ComplaintStageOpened})
 */
public record ComplaintRegistered(UUID complaintId, String reference, LocalDate receivedDate, String procedure,
        LocalDate stageOneDueDate) implements ComplaintEvent {

    @Override
    public String aggregateId() {
        return complaintId.toString();
    }

    @Override
    public String subject() {
        return reference;
    }
}
