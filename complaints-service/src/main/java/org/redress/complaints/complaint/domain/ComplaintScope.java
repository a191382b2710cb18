package org.redress.complaints.complaint.domain;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which complaints a caller may see and act on. Whoever runs the procedure sees every complaint; the people
 * the procedure appoints to one complaint see only the complaints that name them, by the staff or register
 * reference the appointment records (DOMAIN §2): the investigating officer, the independent person and the
 * adjudicating officer of a stage 2, the members of a stage 3 review panel. They have no business in another
 * family's case. A complaint outside the scope does not exist for the caller: it is answered as an unknown id
 * and left out of lists.
 *
 * @param everything     whether the caller sees every complaint
 * @param staffReference the reference the caller is appointed by; null when the scope is every complaint
 * @param parts          the parts the caller plays, each an appointment that may name them
 */
public record ComplaintScope(boolean everything, String staffReference, Set<Part> parts) {

    public static final ComplaintScope EVERY_COMPLAINT = new ComplaintScope(true, null, Set.of());

    /** A part the procedure appoints someone to in one complaint, and where the complaint records who. */
    public enum Part {
        INVESTIGATING_OFFICER,
        INDEPENDENT_PERSON,
        ADJUDICATING_OFFICER,
        REVIEW_PANEL_MEMBER;

        boolean names(Complaint complaint, String reference) {
            StageTwo two = complaint.progress().stageTwo();
            StageThree three = complaint.progress().stageThree();
            return switch (this) {
                case INVESTIGATING_OFFICER -> two != null && two.investigatingOfficer() != null
                        && Objects.equals(two.investigatingOfficer().reference(), reference);
                case INDEPENDENT_PERSON -> two != null && two.independentPerson() != null
                        && Objects.equals(two.independentPerson().reference(), reference);
                case ADJUDICATING_OFFICER -> two != null && two.adjudicatingOfficer() != null
                        && Objects.equals(two.adjudicatingOfficer().reference(), reference);
                case REVIEW_PANEL_MEMBER -> three != null
                        && three.panel().stream().anyMatch(member -> Objects.equals(member.reference(), reference));
            };
        }
    }

    public ComplaintScope {
        parts = parts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(parts));
    }

    /** The scope of someone playing {@code parts}, known by {@code staffReference}; with no reference, no complaint at all. */
    public static ComplaintScope appointedAs(String staffReference, Set<Part> parts) {
        return new ComplaintScope(false, staffReference, parts);
    }

    /** Whether the scope holds no complaint whatever is stored (a token that names no staff reference). */
    public boolean isEmpty() {
        return !everything && (staffReference == null || staffReference.isBlank() || parts.isEmpty());
    }

    public boolean includes(Complaint complaint) {
        if (everything) {
            return true;
        }
        return !isEmpty() && parts.stream().anyMatch(part -> part.names(complaint, staffReference));
    }
}
