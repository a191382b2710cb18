package org.redress.servicekit.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.redress.servicekit.correlation.CorrelationIds;
import org.redress.servicekit.security.Actor;
import org.redress.servicekit.security.CurrentActor;

/**
 * Records who changed what, in the transaction of the change: if the change rolls back, so
 * does its audit entry, and no change commits without one.
 */
@ApplicationScoped
public class AuditTrail {

    private final EntityManager entityManager;
    private final CurrentActor currentActor;
    private final Clock clock;

    public AuditTrail(EntityManager entityManager, CurrentActor currentActor, Clock clock) {
        this.entityManager = entityManager;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /**
     * @param action       what was done, e.g. {@code complaint.registered}
     * @param resourceType e.g. {@code complaint}
     * @param resourceId   the resource's id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String resourceType, String resourceId) {
        Who who = who();
        entityManager.createNativeQuery("INSERT INTO audit_entry (" + COLUMNS + ")"
                + " VALUES (:at, :subject, :roles, :client, :action, :type, :id, :correlation)")
                .setParameter("at", who.at())
                .setParameter("subject", who.subject())
                .setParameter("roles", who.roles())
                .setParameter("client", who.client())
                .setParameter("action", action)
                .setParameter("type", resourceType)
                .setParameter("id", resourceId)
                .setParameter("correlation", who.correlation())
                .executeUpdate();
    }

    /** The columns of an entry, in the order the statements give their values. */
    static final String COLUMNS = "occurred_at, actor_subject, actor_roles, client_id, action, resource_type, resource_id,"
            + " correlation_id";

    /** Who is acting, when, and under which correlation id: what every entry records besides the action. */
    record Who(OffsetDateTime at, String subject, String roles, String client, String correlation) {
    }

    Who who() {
        Actor actor = currentActor.get();
        return new Who(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), actor.subject(),
                String.join(",", actor.roles().stream().sorted().toList()), actor.clientId(), CorrelationIds.current());
    }
}
