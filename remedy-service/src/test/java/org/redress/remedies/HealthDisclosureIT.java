package org.redress.remedies;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Health endpoints answer anyone (the orchestrator's probes carry no token) but tell an anonymous
 * caller only whether each check is up: where the broker and database live, and what went wrong
 * with them, is for an operator with a token.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class HealthDisclosureIT {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String brokerAddress;

    @ParameterizedTest
    @ValueSource(strings = { "/q/health", "/q/health/ready", "/q/health/live", "/q/health/started" })
    void anAnonymousCallerSeesStatusAndCheckNamesOnly(String path) {
        given().when().get(path).then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.status", everyItem(equalTo("UP")))
                .body("checks.data", everyItem(nullValue()))
                .body(not(containsString(brokerAddress)));
    }

    @Test
    void anAnonymousCallerSeesWhichChecksAreRun() {
        given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body("checks.name", hasItems("Database connections health check", "Kafka broker"));
    }

    @Test
    void anOperatorSeesTheDetails() {
        Tokens.as(Roles.OPERATOR).when().get("/q/health/ready").then()
                .statusCode(200)
                .body("checks.find { it.name == 'Kafka broker' }.data", hasKey("nodes"));
    }

    @Test
    void aCallerWithAnotherRoleSeesStatusOnly() {
        Tokens.as(Roles.REMEDY_OFFICER).when().get("/q/health/ready").then()
                .statusCode(200)
                .body("checks.data", everyItem(nullValue()));
    }

    @Test
    void aCallerWithABadTokenIsRefusedAndSeesNoDetails() {
        // probes carry no token; a caller presenting one that fails verification is refused, as everywhere
        given().auth().oauth2("not-a-token").when().get("/q/health/ready").then()
                .statusCode(401)
                .body(not(containsString(brokerAddress)));
    }
}
