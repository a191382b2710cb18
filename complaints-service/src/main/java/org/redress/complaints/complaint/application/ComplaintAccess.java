package org.redress.complaints.complaint.application;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.complaints.complaint.domain.ComplaintScope;
import org.redress.servicekit.security.Actor;
import org.redress.servicekit.security.CurrentActor;
import org.redress.servicekit.security.Roles;

/**
 * The scope of the caller in hand (ComplaintScope). A caller holding only roles that act by appointment
 * (investigating officer) is limited to the complaints they are appointed to; any other role a caller
 * holds runs the procedure and sees every complaint its operations allow, as does the service itself
 * (consumers, sweeps). The operation's roles are checked before this, by the REST layer.
 */
@ApplicationScoped
public class ComplaintAccess {

    /** Roles whose holders see only the complaints they are appointed to. */
    static final Set<String> BY_APPOINTMENT = Set.of(Roles.INVESTIGATING_OFFICER);

    private final CurrentActor currentActor;

    public ComplaintAccess(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    public ComplaintScope scope() {
        Actor actor = currentActor.get();
        if (actor.isSystem() || actor.roles().isEmpty() || !BY_APPOINTMENT.containsAll(actor.roles())) {
            return ComplaintScope.EVERY_COMPLAINT;
        }
        return ComplaintScope.investigatedBy(currentActor.staffReference().orElse(null));
    }
}
