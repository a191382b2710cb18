package org.redress.complaints;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;

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
        return given().contentType(ContentType.JSON).body(body).when().post("/complaints").then();
    }

    static String registerAndGetId(LocalDate received) {
        return register(complaintReceivedOn(received)).statusCode(201).extract().path("id");
    }
}
