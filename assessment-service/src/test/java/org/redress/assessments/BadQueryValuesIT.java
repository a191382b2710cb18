package org.redress.assessments;

import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A query value that is not of its parameter's type (an unknown clock filter, a page that is not a
 * number, a day that is not a date) is a bad request the caller can correct, answered 400 with a
 * problem detail: never 404, which would tell an integrator that the list itself does not exist.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class BadQueryValuesIT {

    @ParameterizedTest
    @ValueSource(strings = { "/assessments?clock=BOGUS", "/assessments?planReview=SOMETIMES", "/assessments?page=abc",
            "/assessments?size=twenty", "/referrals?page=abc", "/unmet-needs?size=1.5",
            "/children/CR-104233/ehc-plan-updates?page=first" })
    void aQueryValueOfTheWrongTypeIsABadRequest(String path) {
        Tokens.as(Roles.TEAM_MANAGER).when().get(path).then().statusCode(400)
                .contentType("application/problem+json").body("status", equalTo(400));
    }

    /** An empty value is no value of the enum either: it is refused, not read as if the filter were not sent. */
    @ParameterizedTest
    @ValueSource(strings = { "/assessments?clock=", "/assessments?planReview=" })
    void anEmptyEnumValueIsABadRequest(String path) {
        Tokens.as(Roles.TEAM_MANAGER).when().get(path).then().statusCode(400)
                .contentType("application/problem+json").body("status", equalTo(400));
    }
}
