package org.redress.servicekit.security;

import java.lang.reflect.Method;
import java.util.Optional;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.redress.contracts.problem.ProblemTypes;
import org.redress.servicekit.problem.ProblemResponses;

/**
 * Refuses an integration client the operations its token does not grant: an operation marked
 * {@link RequiresGrant} answers a caller acting only as an integration client ({@link Grants#bind}) 403 unless the
 * token's scope claim holds that grant, before anything is read or written. Runs after the role check (the caller
 * is authenticated and in a role the operation allows) and before the other request filters (an Idempotency-Key
 * is not recorded for a refused request). The problem names the grant needed, from the annotation.
 */
public class GrantCheck {

    private final CurrentActor actor;

    public GrantCheck(CurrentActor actor) {
        this.actor = actor;
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public Optional<Response> checkGrant(UriInfo uri, ResourceInfo operation) {
        Method method = operation.getResourceMethod();
        RequiresGrant required = method == null ? null : method.getAnnotation(RequiresGrant.class);
        if (required == null || !Grants.bind(actor.get().roles()) || actor.grants().contains(required.value())) {
            return Optional.empty();
        }
        return Optional.of(ProblemResponses.of(uri, ProblemTypes.FORBIDDEN, "Forbidden", 403,
                Grants.missing(required.value())));
    }
}
