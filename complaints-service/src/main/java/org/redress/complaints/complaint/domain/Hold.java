package org.redress.complaints.complaint.domain;

import java.time.LocalDate;

/**
 * A complaint on hold: why, when the complainant was told (a hold nobody was told about is the
 * fault the Ombudsman found: four months on hold, complainant never told) and when it is reviewed.
 *
 * @param releasedOn null while the hold is open
 * @param reviewedOn the day the hold was reviewed, while it went on; null while unreviewed (and for holds
 *                   recorded before reviews were)
 */
public record Hold(HoldReason reason, LocalDate heldOn, LocalDate complainantToldOn, LocalDate reviewOn,
        LocalDate releasedOn, LocalDate reviewedOn) {

    /** A hold not reviewed. */
    public Hold(HoldReason reason, LocalDate heldOn, LocalDate complainantToldOn, LocalDate reviewOn,
            LocalDate releasedOn) {
        this(reason, heldOn, complainantToldOn, reviewOn, releasedOn, null);
    }

    /** Why a complaint may be put on hold. */
    public enum HoldReason {
        LEGAL_PROCEEDINGS, CRIMINAL_INVESTIGATION, CHILD_PROTECTION_ENQUIRY, COMPLAINANT_REQUEST
    }

    public boolean open() {
        return releasedOn == null;
    }

    Hold releasedOn(LocalDate on) {
        return new Hold(reason, heldOn, complainantToldOn, reviewOn, on, reviewedOn);
    }

    Hold reviewedOn(LocalDate on) {
        return new Hold(reason, heldOn, complainantToldOn, reviewOn, releasedOn, on);
    }
}
