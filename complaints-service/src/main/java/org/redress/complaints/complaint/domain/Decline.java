package org.redress.complaints.complaint.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The council declined to consider a complaint, in whole or in part, because that could prejudice
 * legal, criminal or disciplinary proceedings (Getting the Best from Complaints, DOMAIN §2):
 * the complainant must be told in writing, and the complaint comes back when the proceedings end.
 *
 * @param points                     the numbers of the points declined: every point when WHOLE
 * @param reviewOn                   when the council checks whether the proceedings have ended
 * @param proceedingsEndedOn         null while the proceedings run
 * @param resumedOn                  null while declined
 */
public record Decline(Scope scope, List<Integer> points, Proceedings proceedings, LocalDate declinedOn,
        LocalDate complainantToldInWritingOn, LocalDate reviewOn, LocalDate proceedingsEndedOn, LocalDate resumedOn) {

    /** The whole complaint, or only some of its points. */
    public enum Scope {
        WHOLE, PART
    }

    /** The proceedings that considering the complaint could prejudice. */
    public enum Proceedings {
        LEGAL, CRIMINAL, DISCIPLINARY
    }

    public Decline {
        points = List.copyOf(points);
    }

    public boolean open() {
        return resumedOn == null;
    }

    Decline ended(LocalDate endedOn, LocalDate resumed) {
        return new Decline(scope, points, proceedings, declinedOn, complainantToldInWritingOn, reviewOn, endedOn, resumed);
    }
}
