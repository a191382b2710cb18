package org.redress.servicekit.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.redress.devidentity.DevTokens;
import org.redress.servicekit.testing.KitTestResources;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The verified-token cache in front of the service's bearer-token check, over HTTP: a token is
 * served from the cache while valid, refused with 401 once it expires although it was cached, and
 * a token with a bad signature is refused every time and never cached. The tests allow 1 s of clock
 * skew past {@code exp} instead of SmallRye JWT's 60 s (see the test application.properties).
 */
@QuarkusTest
@WithTestResource(KitTestResources.class)
class BearerTokenCacheIT {

    @Inject
    VerifiedTokens verifiedTokens;

    @Test
    void aTokenCachedWhileValidIsRefusedOnceItExpires() throws InterruptedException {
        Instant issuedAt = Instant.now();
        String token = DevTokens.mint(auditor().issuedAt(issuedAt, Duration.ofSeconds(4)));
        long cachedBefore = verifiedTokens.size();

        readAuditTrail(token, 200);
        assertThat(verifiedTokens.size()).as("the token was verified and remembered").isEqualTo(cachedBefore + 1);
        readAuditTrail(token, 200);

        // past exp and past the 1 s of clock skew the tests allow
        Instant refusedFrom = Instant.ofEpochSecond(issuedAt.getEpochSecond() + 4 + 1);
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), refusedFrom).toMillis()) + 1_200);
        readAuditTrail(token, 401);
    }

    @Test
    void aTokenWithABadSignatureIsRefusedEveryTimeAndNeverCached() {
        String forged = DevTokens.mintWithStrangerKey(auditor());
        long cachedBefore = verifiedTokens.size();

        readAuditTrail(forged, 401);
        readAuditTrail(forged, 401);

        assertThat(verifiedTokens.size()).isEqualTo(cachedBefore);
    }

    @Test
    void aTokenAlteredAfterSigningIsRefusedAlthoughTheOriginalIsCached() {
        String token = DevTokens.mint(auditor());
        readAuditTrail(token, 200);
        String[] parts = token.split("\\.");
        String otherSignature = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

        readAuditTrail(otherSignature, 401);
        readAuditTrail(token, 200);
    }

    private static DevTokens.TokenRequest auditor() {
        return DevTokens.TokenRequest.forRoles("test-auditor", List.of(Roles.AUDITOR));
    }

    private static void readAuditTrail(String token, int expectedStatus) {
        given().auth().oauth2(token).when().get("/audit").then().statusCode(expectedStatus);
    }
}
