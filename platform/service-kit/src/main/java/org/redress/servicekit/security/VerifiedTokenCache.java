package org.redress.servicekit.security;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The service's one {@link VerifiedTokens}, sized by {@code redress.jwt.verified-token-cache.max-entries}
 * and {@code .max-age}. Its clock is the wall clock, as SmallRye JWT's expiry check uses, never the
 * service's case clock, which tests and simulations move.
 */
@ApplicationScoped
public class VerifiedTokenCache {

    @Produces
    @Singleton
    VerifiedTokens verifiedTokens(
            @ConfigProperty(name = "redress.jwt.verified-token-cache.max-entries") long maxEntries,
            @ConfigProperty(name = "redress.jwt.verified-token-cache.max-age") Duration maxAge) {
        return new VerifiedTokens(Clock.systemUTC(), maxEntries, maxAge);
    }
}
