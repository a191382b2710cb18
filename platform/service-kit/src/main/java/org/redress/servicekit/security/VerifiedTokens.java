package org.redress.servicekit.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Bearer tokens already verified, so that a caller sending the same token again is not put through
 * the signature check again: that check (RSA) was a sixth of a service's CPU per request.
 * <ul>
 * <li>an entry is found by the token's SHA-256, never by the token itself;</li>
 * <li>it is used only before the token's {@code exp} and before {@code maxAge} has passed since the
 * verification, whichever comes first, so the cache never accepts a token that a fresh verification
 * would refuse as expired, and a signing key withdrawn by the identity provider stops being honoured
 * after {@code maxAge} at the latest;</li>
 * <li>at most {@code maxEntries} entries are kept, the least used evicted first; 0 turns caching off;</li>
 * <li>a token that fails verification is never remembered: it is verified afresh each time.</li>
 * </ul>
 * Plain Java, so its rules are tested without a framework; {@link CachingJwtParser} puts it in front
 * of SmallRye JWT's verification.
 */
public final class VerifiedTokens {

    /** The full verification of a token, which throws when the token must be refused. */
    @FunctionalInterface
    public interface Verification {
        JsonWebToken verify(String token) throws ParseException;
    }

    private record Verified(JsonWebToken token, Instant usableUntil) {
    }

    private final Clock clock;
    private final Duration maxAge;
    private final Cache<String, Verified> cache;

    public VerifiedTokens(Clock clock, long maxEntries, Duration maxAge) {
        if (maxEntries < 0 || maxAge.isNegative()) {
            throw new IllegalArgumentException("max-entries and max-age must not be negative");
        }
        this.clock = clock;
        this.maxAge = maxAge;
        this.cache = maxEntries == 0 || maxAge.isZero() ? null
                : Caffeine.newBuilder()
                        .maximumSize(maxEntries)
                        .expireAfter(Expiry.<String, Verified>creating(
                                (key, verified) -> Duration.between(clock.instant(), verified.usableUntil())))
                        .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                        // evict in the calling thread: no background pool, and a bound that holds at once
                        .executor(Runnable::run)
                        .build();
    }

    /** The verified token: from the cache while its entry is usable, else from {@code verification}. */
    public JsonWebToken verify(String token, Verification verification) throws ParseException {
        if (cache == null) {
            return verification.verify(token);
        }
        String key = fingerprint(token);
        Instant now = clock.instant();
        Verified known = cache.getIfPresent(key);
        if (known != null && now.isBefore(known.usableUntil())) {
            return known.token();
        }
        JsonWebToken verified = verification.verify(token);
        Instant usableUntil = usableUntil(verified, now);
        if (usableUntil.isAfter(now)) {
            cache.put(key, new Verified(verified, usableUntil));
        } else if (known != null) {
            cache.invalidate(key);
        }
        return verified;
    }

    /** How many verified tokens are remembered now. */
    public long size() {
        if (cache == null) {
            return 0;
        }
        cache.cleanUp();
        return cache.estimatedSize();
    }

    private Instant usableUntil(JsonWebToken token, Instant now) {
        long exp = token.getExpirationTime();
        if (exp <= 0) {
            return now; // no expiry to respect: not remembered
        }
        Instant expiry = Instant.ofEpochSecond(exp);
        Instant aged = now.plus(maxAge);
        return expiry.isBefore(aged) ? expiry : aged;
    }

    static String fingerprint(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
