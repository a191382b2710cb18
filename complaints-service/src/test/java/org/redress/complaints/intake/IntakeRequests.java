package org.redress.complaints.intake;

import java.time.LocalDate;

import org.redress.servicekit.security.Roles;
import org.redress.testkit.Tokens;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Registers complaints for the HTTP tests, each with its own data. */
public final class IntakeRequests {

    /** Monday 5 January 2026: stage 1 due Monday 19 January. */
    public static final LocalDate RECEIVED = LocalDate.of(2026, 1, 5);

    private IntakeRequests() {
    }

    public static String complaintReceivedOn(LocalDate received) {
        return """
                {"receivedDate":"%s","channel":"EMAIL","complainantRole":"PARENT",
                 "childReferences":["CR-104233"],
                 "points":["The assessment took too long","No short breaks were offered"],
                 "desiredOutcomes":["A new assessment"]}""".formatted(received);
    }

    public static ValidatableResponse register(String body) {
        return Tokens.as(Roles.COMPLAINTS_OFFICER).contentType(ContentType.JSON).body(body).when().post("/complaints").then();
    }

    public static String registerAndGetId(LocalDate received) {
        return register(complaintReceivedOn(received)).statusCode(201).extract().path("id");
    }

    /** A complaint received on {@link #RECEIVED} about {@code subjects} (a JSON array); its id. */
    public static String registerAbout(String subjects) {
        return register(complaintReceivedOn(RECEIVED)
                .replace("\"desiredOutcomes\"", "\"subjectMatters\":" + subjects + ",\"desiredOutcomes\""))
                .statusCode(201).extract().path("id");
    }

    /** A complaint received on {@code received} from someone relying on sufficient interest; its id. */
    public static String registerFromSufficientInterest(LocalDate received) {
        return register(complaintReceivedOn(received).replace("\"PARENT\"", "\"SUFFICIENT_INTEREST\""))
                .statusCode(201).extract().path("id");
    }
}
