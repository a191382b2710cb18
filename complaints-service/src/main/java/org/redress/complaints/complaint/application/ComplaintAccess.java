package org.redress.complaints.complaint.application;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.complaints.complaint.domain.ComplaintScope;
import org.redress.complaints.complaint.domain.ComplaintScope.Part;
import org.redress.servicekit.security.Actor;
import org.redress.servicekit.security.CurrentActor;
import org.redress.servicekit.security.Roles;

/**
 * The scope of the caller in hand (ComplaintScope). A caller holding only roles that act by appointment
 * (investigating officer, independent person, adjudicating officer, review panel member) is limited to the
 * complaints that appoint them to one of those parts; any other role a caller holds runs the procedure and sees
 * every complaint its operations allow, as does the service itself (consumers, sweeps). The operation's roles are
 * checked before this, by the REST layer.
 */
@ApplicationScoped
public class ComplaintAccess {

    /** Roles whose holders see only the complaints they are appointed to, and the part each appoints them to. */
    static final Map<String, Part> BY_APPOINTMENT = Map.of(
            Roles.INVESTIGATING_OFFICER, Part.INVESTIGATING_OFFICER,
            Roles.INDEPENDENT_PERSON, Part.INDEPENDENT_PERSON,
            Roles.ADJUDICATING_OFFICER, Part.ADJUDICATING_OFFICER,
            Roles.REVIEW_PANEL_MEMBER, Part.REVIEW_PANEL_MEMBER);

    private final CurrentActor currentActor;

    public ComplaintAccess(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    public ComplaintScope scope() {
        Actor actor = currentActor.get();
        if (actor.isSystem() || actor.roles().isEmpty() || !BY_APPOINTMENT.keySet().containsAll(actor.roles())) {
            return ComplaintScope.EVERY_COMPLAINT;
        }
        Set<Part> parts = EnumSet.noneOf(Part.class);
        actor.roles().forEach(role -> parts.add(BY_APPOINTMENT.get(role)));
        return ComplaintScope.appointedAs(currentActor.staffReference().orElse(null), parts);
    }
}
