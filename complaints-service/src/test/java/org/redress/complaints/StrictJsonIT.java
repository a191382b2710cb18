package org.redress.complaints;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.redress.complaints.intake.IntakeRequests.complaintReceivedOn;
import static org.redress.complaints.intake.IntakeRequests.register;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * A request body means exactly what it says: Jackson's lenient readings (a number for an enum or a
 * boolean, a padded enum name, a day count for a date, a fraction for a whole number, a second value
 * for the same field, text after the body) are refused with a 400 that names the field, instead of
 * being turned silently into something the caller did not send.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class StrictJsonIT {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 1, 5);
    // the body is read (and refused) before the complaint is looked up, so no complaint is needed
    private static final String ANY_COMPLAINT = "0e0e0e0e-0000-4000-8000-000000000000";

    private static String complaint() {
        return complaintReceivedOn(RECEIVED);
    }

    private static void refusedNaming(ValidatableResponse response, String field) {
        response.statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:redress:problem:malformed-request"))
                .body("field", equalTo(field))
                .body("correlationId", notNullValue());
    }

    private static ValidatableResponse asManager(String path, String body) {
        return Tokens.as(Roles.COMPLAINTS_MANAGER).contentType(ContentType.JSON).body(body)
                .when().post("/complaints/" + ANY_COMPLAINT + path).then();
    }

    @Test
    void refusesANumberWhereAnEnumBelongs() {
        refusedNaming(register(complaint().replace("\"EMAIL\"", "0")), "channel");
        refusedNaming(register(complaint().replace("\"EMAIL\"", "\"0\"")), "channel");
    }

    @Test
    void refusesAnEnumNamePaddedWithSpaces() {
        refusedNaming(register(complaint().replace("\"PARENT\"", "\" PARENT \"")), "complainantRole");
    }

    @Test
    void refusesANumberWhereABooleanBelongs() {
        refusedNaming(asManager("/out-of-time-decision", """
                {"accepted":2,"reason":"Records are complete","decidedOn":"2026-01-06"}"""), "accepted");
        refusedNaming(asManager("/out-of-time-decision", """
                {"accepted":"true","reason":"Records are complete","decidedOn":"2026-01-06"}"""), "accepted");
    }

    @Test
    void refusesANumberWhereADateBelongs() {
        // read leniently, 20000000 is a day count: the year 56728
        refusedNaming(register(complaint().replace("\"" + RECEIVED + "\"", "20000000")), "receivedDate");
    }

    @Test
    void refusesAFractionOrAnOverflowWhereAWholeNumberBelongs() {
        refusedNaming(asManager("/stage-1/extension", """
                {"workingDays":15.5,"reason":"An advocate is needed","complainantToldOn":"2026-01-06"}"""), "workingDays");
        refusedNaming(asManager("/stage-1/extension", """
                {"workingDays":99999999999,"reason":"An advocate is needed","complainantToldOn":"2026-01-06"}"""), "workingDays");
    }

    @Test
    void refusesANumberWhereTextBelongs() {
        refusedNaming(register(complaint().replace("\"A new assessment\"", "42")), "desiredOutcomes[0]");
    }

    @Test
    void refusesAFieldGivenTwice() {
        // after every field of the record has been read, a repeated one used to answer 500
        refusedNaming(register(complaint().replaceFirst("\\}$", ",\"channel\":\"LETTER\"}")), "channel");
        refusedNaming(register(complaint().replace("\"channel\":\"EMAIL\"", "\"channel\":\"EMAIL\",\"channel\":\"LETTER\"")),
                "channel");
        refusedNaming(asManager("/stage-1/response", """
                {"decidedOn":"2026-01-06","findings":[{"point":1,"finding":"UPHELD","point":2}]}"""), "findings[0].point");
    }

    @Test
    void refusesAnythingAfterTheBody() {
        for (String trailing : new String[] { " xyz", " {}", " [1]" }) {
            register(complaint() + trailing)
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:redress:problem:malformed-request"))
                    .body("detail", equalTo("the request body has content after its JSON value"));
        }
        register(complaint() + "}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("the request body is not well-formed JSON"));
    }
}
