package org.redress.remedies;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.redress.contracts.problem.ProblemTypes;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Errors raised before a request reaches an operation (by the HTTP server or the REST layer's
 * content negotiation) answer with a problem detail like every other error, so an integrator's
 * client can read each refusal the same way.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class HttpErrorsIT {

    private static final String CALCULATION = "/calculations/delay-payment";

    private static void assertProblem(ValidatableResponse response, int status, String type) {
        response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", equalTo(type));
    }

    @Test
    void aBodyOverTheSizeLimitIsRefusedWithAProblemDetail() {
        String oversized = "{\"note\":\"" + "x".repeat(300 * 1024) + "\"}";
        assertProblem(Tokens.as(Roles.REMEDY_OFFICER).contentType(ContentType.JSON).body(oversized)
                .when().post(CALCULATION).then(), 413, ProblemTypes.PAYLOAD_TOO_LARGE);
    }

    @Test
    void aRequestLineOverTheLimitIsRefusedWithAProblemDetail() {
        assertProblem(Tokens.as(Roles.AUDITOR).queryParam("theme", "t".repeat(10_000))
                .when().get("/themes").then(), 414, ProblemTypes.URI_TOO_LONG);
    }

    @Test
    void aBodyOfTheWrongMediaTypeIsRefusedWithAProblemDetail() {
        assertProblem(Tokens.as(Roles.REMEDY_OFFICER).contentType(ContentType.XML).body("<calculation/>")
                .when().post(CALCULATION).then(), 415, ProblemTypes.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void anAnswerInAFormatTheServiceCannotProduceIsRefusedWithAProblemDetail() {
        assertProblem(Tokens.as(Roles.AUDITOR).accept(ContentType.XML)
                .when().get("/themes").then(), 406, ProblemTypes.NOT_ACCEPTABLE);
    }

    @Test
    void aMethodTheResourceDoesNotOfferIsRefusedWithAProblemDetail() {
        assertProblem(Tokens.as(Roles.AUDITOR).when().delete("/themes").then(), 405,
                ProblemTypes.METHOD_NOT_ALLOWED);
    }

    @Test
    void aPathNoOperationServesIsAProblemDetail() {
        assertProblem(given().when().get("/no-such-resource").then(), 404, ProblemTypes.NOT_FOUND);
    }

    @Test
    void aPageNumberThatIsNotANumberIsRefusedAsInvalidNotAsNotFound() {
        // a 404 would tell an integrator that the remedy cases do not exist, not that its query was wrong
        assertProblem(Tokens.as(Roles.AUDITOR).queryParam("page", "abc")
                .when().get("/remedy-cases").then(), 400, ProblemTypes.VALIDATION);
    }

    @Test
    void aPageSizeThatIsNotANumberIsRefusedAsInvalidNotAsNotFound() {
        assertProblem(Tokens.as(Roles.AUDITOR).queryParam("size", "twenty")
                .when().get("/themes").then(), 400, ProblemTypes.VALIDATION);
    }

    @Test
    void aQueueStateThatIsNotOneOfTheStatesIsRefusedAsInvalidNotAsNotFound() {
        assertProblem(Tokens.as(Roles.REMEDY_OFFICER).queryParam("state", "BOGUS")
                .when().get("/remedy-actions").then(), 400, ProblemTypes.VALIDATION);
    }
}
