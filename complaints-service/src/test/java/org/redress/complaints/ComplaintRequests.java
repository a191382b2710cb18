package org.redress.complaints;

import org.redress.servicekit.security.Roles;
import org.redress.testkit.Tokens;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Requests on a complaint that already exists, for the HTTP tests of every feature. */
public final class ComplaintRequests {

    private ComplaintRequests() {
    }

    /** POSTs {@code body} to {@code path} under the complaint, as {@code role}. */
    public static ValidatableResponse post(String role, String path, String id, String body) {
        return Tokens.as(role).contentType(ContentType.JSON).body(body).when().post("/complaints/{id}" + path, id).then();
    }

    /** POSTs {@code body} to {@code path} under the complaint, as someone in {@code role} known by {@code staffReference}. */
    public static ValidatableResponse postAsStaff(String role, String staffReference, String path, String id, String body) {
        return Tokens.asStaff(role, staffReference).contentType(ContentType.JSON).body(body)
                .when().post("/complaints/{id}" + path, id).then();
    }

    /** The complaint as an officer reads it (200). */
    public static ValidatableResponse get(String id) {
        return Tokens.as(Roles.COMPLAINTS_OFFICER).when().get("/complaints/{id}", id).then().statusCode(200);
    }

    /** The complaint's timeline as an auditor reads it (200). */
    public static ValidatableResponse timeline(String id) {
        return Tokens.as(Roles.AUDITOR).when().get("/complaints/{id}/timeline", id).then().statusCode(200);
    }
}
