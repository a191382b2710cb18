package org.redress.complaints;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * A query value the operation cannot read is the caller's mistake, answered as the document says:
 * 400 naming the parameter, not a 404 that reads as "no such resource".
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class QueryParameterIT {

    private static ValidatableResponse list(String query) {
        return Tokens.as(Roles.COMPLAINTS_MANAGER).when().get("/complaints?" + query).then();
    }

    private static void refusedNaming(ValidatableResponse response, String parameter) {
        response.statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:redress:problem:validation"))
                .body("field", equalTo(parameter))
                .body("detail", containsString(parameter));
    }

    @Test
    void aPageThatIsNotANumberIsRefusedNamingIt() {
        refusedNaming(list("page=abc"), "page");
    }

    @Test
    void aClockStateOutsideItsValuesIsRefusedNamingIt() {
        refusedNaming(list("clock=BOGUS"), "clock");
    }

    @Test
    void aStateOutsideItsValuesIsRefusedNamingIt() {
        refusedNaming(list("state=LOST"), "state");
    }

    @Test
    void aFilterNamedWithNoValueIsRefusedNamingIt() {
        refusedNaming(list("clock="), "clock");
        refusedNaming(Tokens.as(Roles.OPERATOR).when().get("/dead-letters?topic=").then(), "topic");
    }

    @Test
    void aWellFormedQueryIsAnswered() {
        list("clock=OVERDUE&page=0&size=5").statusCode(200);
    }
}
