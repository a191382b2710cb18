package org.redress.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The council decided whether a complainant whose standing rests on "sufficient interest" in the
 * child's welfare (Children Act 1989 s26(3)(e)) may use the statutory procedure. Accepted: stage 1
 * opens that day (a {@link ComplaintStageOpened} for {@code STAGE_1} follows). Refused: the
 * complaint ends, and the person was told.
 *
 * @param complaintId                the complaint's id (record key)
 * @param complaintReference         the complaint's case reference
 * @param decision                   {@code ACCEPTED} or {@code REFUSED}
 * @param decidedOn                  the day the council decided
 * @param childViewsTakenIntoAccount whether the child's views were taken into account
 * @param personToldOn               the day the person was told; always set when refused, null if not recorded
 */
public record ComplaintStandingDecided(UUID complaintId, String complaintReference, String decision,
        LocalDate decidedOn, boolean childViewsTakenIntoAccount, LocalDate personToldOn) implements ComplaintEvent {

    @Override
    public String aggregateId() {
        return complaintId.toString();
    }

    @Override
    public String subject() {
        return complaintReference;
    }
}
