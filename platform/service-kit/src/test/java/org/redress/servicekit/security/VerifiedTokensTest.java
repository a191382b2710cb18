package org.redress.servicekit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.auth.principal.ParseException;

class VerifiedTokensTest {

    private static final Instant START = Instant.parse("2025-03-03T09:00:00Z");

    private final MovableClock clock = new MovableClock(START);
    private final AtomicInteger verifications = new AtomicInteger();

    /** A verification that accepts every token, expiring {@code validFor} after the start. */
    private VerifiedTokens.Verification acceptingUntil(Duration validFor) {
        return token -> {
            verifications.incrementAndGet();
            return new Token(token, START.plus(validFor).getEpochSecond());
        };
    }

    private final VerifiedTokens.Verification refusing = token -> {
        verifications.incrementAndGet();
        throw new ParseException("signature does not verify");
    };

    @Nested
    class AVerifiedToken {

        @Test
        void isNotVerifiedAgainWhileItIsValid() throws ParseException {
            VerifiedTokens tokens = new VerifiedTokens(clock, 10, Duration.ofMinutes(5));
            JsonWebToken first = tokens.verify("a.b.c", acceptingUntil(Duration.ofMinutes(2)));
            clock.advance(Duration.ofSeconds(119));
            JsonWebToken second = tokens.verify("a.b.c", acceptingUntil(Duration.ofMinutes(2)));
            assertThat(second).isSameAs(first);
            assertThat(verifications).hasValue(1);
        }

        @Test
        void isVerifiedAfreshOnceItsExpiryIsReached() {
            VerifiedTokens tokens = new VerifiedTokens(clock, 10, Duration.ofMinutes(5));
            assertThat(verifiedOrRefused(tokens, "a.b.c", acceptingUntil(Duration.ofMinutes(2)))).isTrue();
            clock.advance(Duration.ofMinutes(2));
            // at exp the verification is asked again, and its refusal is what the caller gets
            assertThat(verifiedOrRefused(tokens, "a.b.c", refusing)).isFalse();
            assertThat(verifications).hasValue(2);
        }

        @Test
        void isVerifiedAfreshAfterTheMaximumAgeEvenBeforeItExpires() throws ParseException {
            VerifiedTokens tokens = new VerifiedTokens(clock, 10, Duration.ofMinutes(5));
            tokens.verify("a.b.c", acceptingUntil(Duration.ofHours(8)));
            clock.advance(Duration.ofMinutes(4));
            tokens.verify("a.b.c", acceptingUntil(Duration.ofHours(8)));
            assertThat(verifications).hasValue(1);
            clock.advance(Duration.ofMinutes(1));
            tokens.verify("a.b.c", acceptingUntil(Duration.ofHours(8)));
            assertThat(verifications).hasValue(2);
        }

        @Test
        void thatHasAlreadyExpiredIsNotRemembered() {
            VerifiedTokens tokens = new VerifiedTokens(clock, 10, Duration.ofMinutes(5));
            clock.advance(Duration.ofMinutes(3));
            // a verifier with a clock skew may accept a token just past exp; the cache must not extend that
            assertThat(verifiedOrRefused(tokens, "a.b.c", acceptingUntil(Duration.ofMinutes(2)))).isTrue();
            assertThat(tokens.size()).isZero();
        }
    }

    @Nested
    class ARefusedToken {

        @Test
        void isNeverRemembered() {
            VerifiedTokens tokens = new VerifiedTokens(clock, 10, Duration.ofMinutes(5));
            assertThat(verifiedOrRefused(tokens, "bad.signature.here", refusing)).isFalse();
            assertThat(verifiedOrRefused(tokens, "bad.signature.here", refusing)).isFalse();
            assertThat(verifications).hasValue(2);
            assertThat(tokens.size()).isZero();
        }
    }

    @Nested
    class TheCache {

        @Test
        void holdsNoMoreThanItsBound() throws ParseException {
            VerifiedTokens tokens = new VerifiedTokens(clock, 3, Duration.ofMinutes(5));
            for (int i = 0; i < 20; i++) {
                tokens.verify("token-" + i, acceptingUntil(Duration.ofMinutes(2)));
            }
            assertThat(tokens.size()).isLessThanOrEqualTo(3);
        }

        @Test
        void keepsNothingWhenItsBoundIsZero() throws ParseException {
            VerifiedTokens tokens = new VerifiedTokens(clock, 0, Duration.ofMinutes(5));
            tokens.verify("a.b.c", acceptingUntil(Duration.ofMinutes(2)));
            tokens.verify("a.b.c", acceptingUntil(Duration.ofMinutes(2)));
            assertThat(verifications).hasValue(2);
        }

        @Test
        void knowsATokenByItsDigestNotByItsText() {
            assertThat(VerifiedTokens.fingerprint("header.payload.signature"))
                    .hasSize(44)
                    .doesNotContain("payload")
                    .isEqualTo(VerifiedTokens.fingerprint("header.payload.signature"))
                    .isNotEqualTo(VerifiedTokens.fingerprint("header.payload.signaturf"));
        }

        @Test
        void refusesNegativeSettings() {
            assertThatThrownBy(() -> new VerifiedTokens(clock, -1, Duration.ofMinutes(5)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static boolean verifiedOrRefused(VerifiedTokens tokens, String token, VerifiedTokens.Verification verification) {
        try {
            tokens.verify(token, verification);
            return true;
        } catch (ParseException refused) {
            return false;
        }
    }

    /** A verified token as far as the cache cares: its text and its exp. */
    private record Token(String raw, long exp) implements JsonWebToken {

        @Override
        public String getName() {
            return "test-user";
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("exp", "raw_token");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            return switch (claimName) {
                case "exp" -> (T) Long.valueOf(exp);
                case "raw_token" -> (T) raw;
                default -> null;
            };
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
