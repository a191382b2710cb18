package org.redress.complaints;

import java.time.LocalDate;

import org.redress.servicekit.security.Roles;
import org.redress.testkit.Tokens;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Builds complaint requests for the HTTP tests, each with its own data. */
final class ComplaintRequests {

    private ComplaintRequests() {
    }

    static String complaintReceivedOn(LocalDate received) {
        return """
                {"receivedDate":"%s","channel":"EMAIL","complainantRole":"PARENT",
                 "childReferences":["CR-104233"],
                 "points":["The assessment took too long","No short breaks were offered"],
                 "desiredOutcomes":["A new assessment"]}""".formatted(received);
    }

    static ValidatableResponse register(String body) {
        return Tokens.as(Roles.COMPLAINTS_OFFICER).contentType(ContentType.JSON).body(body).when().post("/complaints").then();
    }

    static String registerAndGetId(LocalDate received) {
        return register(complaintReceivedOn(received)).statusCode(201).extract().path("id");
    }
}
