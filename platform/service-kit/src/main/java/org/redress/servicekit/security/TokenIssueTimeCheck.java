package org.redress.servicekit.security;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Refuses a token issued in the future by more than the allowed clock skew. SmallRye JWT bounds a
 * token's lifetime ({@code smallrye.jwt.time-to-live}) but checks {@code iat} only against it, so a
 * token minted for next month with an ordinary lifetime would otherwise be honoured: that is what a
 * leaked signing key or an identity provider with a wrong clock produces.
 *
 * <p>Token times are compared with the wall clock, as SmallRye compares the expiry, never with the
 * service's case clock, which tests and simulations move.
 */
@ApplicationScoped
public class TokenIssueTimeCheck implements SecurityIdentityAugmentor {

    private final Duration allowedSkew;

    public TokenIssueTimeCheck(@ConfigProperty(name = "redress.jwt.issued-at-skew") Duration allowedSkew) {
        this.allowedSkew = allowedSkew;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token && issuedInTheFuture(token)) {
            return Uni.createFrom().failure(new AuthenticationFailedException("token issued in the future"));
        }
        return Uni.createFrom().item(identity);
    }

    private boolean issuedInTheFuture(JsonWebToken token) {
        long issuedAt = token.getIssuedAtTime();
        return Instant.ofEpochSecond(issuedAt).isAfter(Instant.now().plus(allowedSkew));
    }
}
