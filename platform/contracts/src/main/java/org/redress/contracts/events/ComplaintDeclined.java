package org.redress.contracts.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The council declined to consider a complaint, in whole or in part, because considering it could
 * prejudice legal, criminal or disciplinary proceedings; the complainant was told in writing.
 *
 * @param complaintId                the complaint's id (record key)
 * @param complaintReference         the complaint's case reference
 * @param scope                      {@code WHOLE} (the complaint's clocks pause) or {@code PART}
 * @param points                     the numbers of the points declined (every point when {@code WHOLE})
 * @param proceedings                {@code LEGAL}, {@code CRIMINAL} or {@code DISCIPLINARY}
 * @param declinedOn                 the day the council declined
 * @param complainantToldInWritingOn the day the complainant was told in writing
 * @param reviewOn                   the day the council checks whether the proceedings have ended
 */
public record ComplaintDeclined(UUID complaintId, String complaintReference, String scope, List<Integer> points,
        String proceedings, LocalDate declinedOn, LocalDate complainantToldInWritingOn, LocalDate reviewOn)
        implements ComplaintEvent {

    public ComplaintDeclined {
        points = List.copyOf(points);
    }

    @Override
    public String aggregateId() {
        return complaintId.toString();
    }

    @Override
    public String subject() {
        return complaintReference;
    }
}
