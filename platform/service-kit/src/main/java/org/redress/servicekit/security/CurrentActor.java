package org.redress.servicekit.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The actor behind the work in hand: the authenticated caller of the current request, or the
 * system actor a consumer or job declared with {@link #runAs}.
 */
@ApplicationScoped
public class CurrentActor {

    private final Instance<SecurityIdentity> identity;
    private final ThreadLocal<Actor> systemActor = new ThreadLocal<>();
    private final String staffReferenceClaim;
    private final String teamClaim;
    private final String scopeClaim;

    public CurrentActor(Instance<SecurityIdentity> identity,
            @ConfigProperty(name = "redress.jwt.staff-reference-claim") String staffReferenceClaim,
            @ConfigProperty(name = "redress.jwt.team-claim") String teamClaim,
            @ConfigProperty(name = "redress.jwt.scope-claim") String scopeClaim) {
        this.identity = identity;
        this.staffReferenceClaim = staffReferenceClaim;
        this.teamClaim = teamClaim;
        this.scopeClaim = scopeClaim;
    }

    /**
     * The caller's staff reference, from the token claim the council's identity provider puts it in: the
     * reference a case names the people appointed to it by. Empty for the service itself, an anonymous
     * caller or a token without the claim.
     */
    public Optional<String> staffReference() {
        return claim(staffReferenceClaim);
    }

    /**
     * The team the caller works in, from the token claim the council's identity provider puts it in (an
     * assessment names the team that carries it out). Empty for the service itself, an anonymous caller or a
     * token without the claim.
     */
    public Optional<String> team() {
        return claim(teamClaim);
    }

    /**
     * What the caller was granted ({@link Grants}), from the token claim the council's identity provider puts its
     * OAuth 2 scopes in: a space-separated string or a JSON array. Empty for the service itself, an anonymous caller
     * or a token without the claim. Only an integration client is bound by them ({@link Grants#bind}).
     */
    public Set<String> grants() {
        return Grants.fromClaim(rawClaim(scopeClaim).orElse(null));
    }

    private Optional<String> claim(String name) {
        return rawClaim(name).map(String::valueOf).filter(value -> !value.isBlank());
    }

    private Optional<Object> rawClaim(String name) {
        if (systemActor.get() != null || !Arc.container().requestContext().isActive()) {
            return Optional.empty();
        }
        SecurityIdentity caller = identity.get();
        if (caller.isAnonymous() || !(caller.getPrincipal() instanceof JsonWebToken jwt)) {
            return Optional.empty();
        }
        return Optional.ofNullable(jwt.getClaim(name));
    }

    public Actor get() {
        Actor declared = systemActor.get();
        if (declared != null) {
            return declared;
        }
        if (!Arc.container().requestContext().isActive()) {
            return Actor.system("unattributed");
        }
        SecurityIdentity caller = identity.get();
        if (caller.isAnonymous()) {
            return Actor.system("anonymous");
        }
        String clientId = caller.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim("azp") : null;
        return new Actor(caller.getPrincipal().getName(), List.copyOf(caller.getRoles()), clientId);
    }

    /** Runs work on behalf of a named system actor (consumers, scheduled jobs). */
    public <T> T runAs(Actor actor, Supplier<T> work) {
        Actor previous = systemActor.get();
        systemActor.set(actor);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                systemActor.remove();
            } else {
                systemActor.set(previous);
            }
        }
    }
}
