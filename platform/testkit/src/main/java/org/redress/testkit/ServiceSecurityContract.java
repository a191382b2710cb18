package org.redress.testkit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The security checks every service passes, written once. A service's {@code SecurityIT}
 * extends this (as a {@code @QuarkusTest}) and adds its own audit-trail checks.
 */
public abstract class ServiceSecurityContract {

    /** A GET operation of the service that {@link #readerRole()} may call. */
    protected abstract String protectedReadPath();

    /** A role allowed to call {@link #protectedReadPath()}. */
    protected abstract String readerRole();

    @Test
    void everyOperationRefusesMissingTokensAndRolesItDoesNotList() {
        assertThat(EndpointSecurityWalk.failures(OpenApiContract.fetch())).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> refusesTokensThatAreNotValid() {
        return Tokens.refusedTokens(readerRole()).entrySet().stream()
                .map(token -> DynamicTest.dynamicTest("a token " + token.getKey() + " is refused",
                        () -> given().auth().oauth2(token.getValue()).when().get(protectedReadPath()).then()
                                .statusCode(401)
                                .header("WWW-Authenticate", "Bearer")
                                .contentType("application/problem+json")));
    }

    @Test
    void operationsEndpointsStayReachableWithoutAToken() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void answersWithSecurityHeaders() {
        Tokens.as(readerRole()).when().get(protectedReadPath()).then()
                .statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store");
    }
}
