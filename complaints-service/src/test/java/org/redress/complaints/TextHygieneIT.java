package org.redress.complaints;

import static org.hamcrest.Matchers.equalTo;
import static org.redress.complaints.intake.IntakeRequests.complaintReceivedOn;
import static org.redress.complaints.intake.IntakeRequests.register;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Control characters are refused at the edge, naming where they were: in a body's text (only tab,
 * line feed and carriage return belong in a narrative), and anywhere in a path or query parameter.
 * A NUL used to reach the database, fail there with a 500 and copy the text into the log.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class TextHygieneIT {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 1, 5);

    @ParameterizedTest
    @ValueSource(strings = { "\\u0000", "\\u0007", "\\u001b", "\\u007f", "\\u0085", "\\u009b" })
    void refusesAControlCharacterInAPointNamingIt(String escaped) {
        register(complaintReceivedOn(RECEIVED).replace("No short breaks", "No short" + escaped + " breaks"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("points[1]"));
    }

    @Test
    void refusesARawControlCharacterInADesiredOutcome() {
        register(complaintReceivedOn(RECEIVED).replace("A new assessment", "A new\u0001assessment"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("desiredOutcomes[0]"));
    }

    @Test
    void keepsTabsAndLineBreaksInANarrative() {
        register(complaintReceivedOn(RECEIVED).replace("No short breaks were offered", "No short\\tbreaks\\r\\nwere offered"))
                .statusCode(201)
                .body("points[1].summary", equalTo("No short\tbreaks\r\nwere offered"));
    }

    @Test
    void refusesANulInAQueryParameterNamingIt() {
        Tokens.as(Roles.AUDITOR).urlEncodingEnabled(false)
                .when().get("/audit?resourceId=%00abc").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:redress:problem:validation"))
                .body("field", equalTo("resourceId"));
    }

    @Test
    void refusesALineBreakInAQueryParameter() {
        // no narrative travels in a query: a line break there can only be an attempt to forge a log line
        Tokens.as(Roles.AUDITOR).urlEncodingEnabled(false)
                .when().get("/audit?resourceType=complaint%0AERROR%20forged").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("resourceType"));
    }

    @Test
    void refusesAControlCharacterInThePath() {
        Tokens.as(Roles.COMPLAINTS_OFFICER).urlEncodingEnabled(false)
                .when().get("/complaints/%00").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("path"));
    }
}
