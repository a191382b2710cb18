package org.redress.remedies.remedycases;

import java.time.LocalDate;
import java.util.UUID;

import org.redress.servicekit.security.Roles;
import org.redress.testkit.Tokens;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The remedy case feature's request fixture: remedy case requests for the HTTP tests, each with its own complaint. */
public final class RemedyCaseRequests {

    public static final String APOLOGY_IN_FOUR_WEEKS = """
            {"actionRef":"A1","type":"APOLOGY","period":"P4W"}""";

    private RemedyCaseRequests() {
    }

    public static String decision(UUID complaintId, LocalDate decisionDate, String childReferences, String... actions) {
        return """
                {"source":"STAGE_2","complaintId":"%s","complaintReference":"CMP-2026-000123-3",
                 "decisionDate":"%s","childReferences":%s,"actions":[%s]}"""
                .formatted(complaintId, decisionDate, childReferences, String.join(",", actions));
    }

    public static String apologyDecidedOn(LocalDate decisionDate) {
        return decision(UUID.randomUUID(), decisionDate, "[\"CR-104233\"]", APOLOGY_IN_FOUR_WEEKS);
    }

    public static ValidatableResponse open(String body) {
        return Tokens.as(Roles.REMEDY_OFFICER).contentType(ContentType.JSON).body(body).when().post("/remedy-cases").then();
    }

    public static String openAndGetId(String body) {
        return open(body).statusCode(201).extract().path("id");
    }
}
