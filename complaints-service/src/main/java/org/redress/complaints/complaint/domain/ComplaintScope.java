package org.redress.complaints.complaint.domain;

import java.util.Objects;

/**
 * Which complaints a caller may see and act on. Whoever runs the procedure sees every complaint; an
 * investigating officer sees only the complaints they are appointed to investigate, by the staff
 * reference the appointment names (DOMAIN §2: the investigating officer is appointed to one stage 2
 * investigation, and has no business in another family's case). A complaint outside the scope does
 * not exist for the caller: it is answered as an unknown id and left out of lists.
 *
 * @param investigatingOfficer the staff reference the caller is appointed by; null when the scope is every complaint
 * @param everything           whether the caller sees every complaint
 */
public record ComplaintScope(boolean everything, String investigatingOfficer) {

    public static final ComplaintScope EVERY_COMPLAINT = new ComplaintScope(true, null);

    /** An investigating officer's scope; with no staff reference, no complaint at all. */
    public static ComplaintScope investigatedBy(String staffReference) {
        return new ComplaintScope(false, staffReference);
    }

    /** Whether the scope holds no complaint whatever is stored (an officer whose token names no staff reference). */
    public boolean isEmpty() {
        return !everything && (investigatingOfficer == null || investigatingOfficer.isBlank());
    }

    public boolean includes(Complaint complaint) {
        if (everything) {
            return true;
        }
        if (isEmpty()) {
            return false;
        }
        StageTwo stageTwo = complaint.progress().stageTwo();
        return stageTwo != null && stageTwo.investigatingOfficer() != null
                && Objects.equals(stageTwo.investigatingOfficer().reference(), investigatingOfficer);
    }
}
