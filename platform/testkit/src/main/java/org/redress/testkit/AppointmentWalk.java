package org.redress.testkit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The record-level rule below the role, walked from a service's OpenAPI document. For a role whose holders
 * act by appointment, every operation that role may call on one record of a collection
 * ({@code /complaints/{id}/...}) is sent twice, with the operation's own request example: as the person
 * appointed to the record, who must not be turned away (401, 403 or 404), and as someone in the same role not
 * appointed, who must get 404 {@code not-found}, exactly as for an id that does not exist, so that existence
 * does not leak. The collection's list, when the role may call it, must show the record to the one appointed
 * and leave it out for the other. An operation added later on the record is walked too, so it cannot ship
 * without the rule.
 */
public final class AppointmentWalk {

    private static final String NOT_FOUND = "urn:redress:problem:not-found";

    /**
     * One record and the two people in {@code role}: the one appointed to it and one who is not, each known by
     * a staff reference.
     */
    public record Appointment(String role, String collection, String recordId, String appointed, String notAppointed) {
    }

    /** What the walk did and what it found. */
    public record Result(int operations, int requests, List<String> failures) {
    }

    private AppointmentWalk() {
    }

    public static Result walk(JsonNode document, Appointment appointment) {
        List<String> failures = new ArrayList<>();
        int operations = 0;
        int requests = 0;
        for (OpenApiOperation operation : OpenApiOperation.all(document)) {
            if (!EndpointSecurityWalk.allowedRoles(operation.node()).contains(appointment.role())) {
                continue;
            }
            if (operation.template().startsWith(appointment.collection() + "/{id}")) {
                operations++;
                String path = operation.template().replace("{id}", appointment.recordId())
                        .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                String name = operation.name();
                Response turnedAway = send(Tokens.asStaff(appointment.role(), appointment.notAppointed()), operation, path);
                if (turnedAway.statusCode() != 404 || !NOT_FOUND.equals(turnedAway.jsonPath().getString("type"))) {
                    failures.add(name + " as " + appointment.role() + " not appointed answered " + turnedAway.statusCode()
                            + ", expected 404 " + NOT_FOUND);
                }
                int status = send(Tokens.asStaff(appointment.role(), appointment.appointed()), operation, path).statusCode();
                if (status == 401 || status == 403 || status == 404) {
                    failures.add(name + " as the " + appointment.role() + " appointed answered " + status);
                }
                requests += 2;
            } else if (operation.template().equals(appointment.collection()) && operation.method().equals("get")) {
                operations++;
                List<String> mine = ids(appointment.role(), appointment.appointed(), appointment.collection());
                List<String> others = ids(appointment.role(), appointment.notAppointed(), appointment.collection());
                if (!mine.contains(appointment.recordId())) {
                    failures.add(operation.name() + " as the " + appointment.role() + " appointed leaves the record out");
                }
                if (others.contains(appointment.recordId())) {
                    failures.add(operation.name() + " as " + appointment.role() + " not appointed shows the record");
                }
                requests += 2;
            }
        }
        return new Result(operations, requests, failures);
    }

    private static Response send(RequestSpecification request, OpenApiOperation operation, String path) {
        JsonNode example = example(operation.jsonBody());
        RequestSpecification withBody = example == null ? request
                : request.contentType("application/json").body(example.toString());
        return withBody.request(operation.method().toUpperCase(), path);
    }

    /** The JSON body's first example, or null when the operation takes none. */
    private static JsonNode example(JsonNode mediaType) {
        if (mediaType.has("example")) {
            return mediaType.get("example");
        }
        Iterator<JsonNode> examples = mediaType.path("examples").elements();
        return examples.hasNext() ? examples.next().path("value") : null;
    }

    private static List<String> ids(String role, String staffReference, String collection) {
        return Tokens.asStaff(role, staffReference).queryParam("size", 100).when().get(collection).then().statusCode(200)
                .extract().path("items.id");
    }
}
