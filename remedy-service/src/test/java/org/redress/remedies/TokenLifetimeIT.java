package org.redress.remedies;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.redress.contracts.problem.ProblemTypes;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * A token is only as trustworthy as its window: one minted for the future or for years is what a
 * stolen signing key or a misconfigured identity provider produces, so the service refuses both,
 * while a clock a few seconds fast at the identity provider is tolerated.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class TokenLifetimeIT {

    private static ValidatableResponse readThemesWith(String token) {
        return given().auth().oauth2(token).when().get("/themes").then();
    }

    private static void assertRefused(ValidatableResponse response) {
        response.statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo(ProblemTypes.UNAUTHENTICATED));
    }

    @Test
    void refusesATokenIssuedThirtyDaysInTheFuture() {
        assertRefused(readThemesWith(Tokens.issuedAt(Roles.AUDITOR, Instant.now().plus(Duration.ofDays(30)),
                Duration.ofHours(1))));
    }

    @Test
    void refusesATokenIssuedFiveMinutesInTheFuture() {
        assertRefused(readThemesWith(Tokens.issuedAt(Roles.AUDITOR, Instant.now().plus(Duration.ofMinutes(5)),
                Duration.ofHours(1))));
    }

    @Test
    void acceptsATokenFromAnIdentityProviderWhoseClockIsAFewSecondsFast() {
        readThemesWith(Tokens.issuedAt(Roles.AUDITOR, Instant.now().plusSeconds(20), Duration.ofHours(1)))
                .statusCode(200);
    }

    @Test
    void refusesATokenValidForTenYears() {
        assertRefused(readThemesWith(Tokens.issuedAt(Roles.AUDITOR, Instant.now().minusSeconds(60),
                Duration.ofDays(3650))));
    }

    @Test
    void refusesATokenValidForLongerThanTheMaximumLifetime() {
        assertRefused(readThemesWith(Tokens.issuedAt(Roles.AUDITOR, Instant.now().minusSeconds(60),
                Duration.ofHours(8).plusMinutes(1))));
    }

    @Test
    void acceptsATokenValidForTheMaximumLifetime() {
        readThemesWith(Tokens.issuedAt(Roles.AUDITOR, Instant.now().minusSeconds(60), Duration.ofHours(8)))
                .statusCode(200);
    }
}
