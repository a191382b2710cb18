package org.redress.testkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The record-level rule below the role, walked from a service's OpenAPI document. For a role whose holders
 * act by appointment, every operation that role may call on one record of a collection
 * ({@code /complaints/{id}/...}) is sent, with the operation's own request example: as the person appointed to
 * the record, who must not be turned away (401, 403 or 404), and as someone in the same role not appointed, who
 * must get 404 {@code not-found}, exactly as for an id that does not exist, so that existence does not leak.
 * The collection's list, and every other list named as showing the record (a summary list, say), must show the
 * record to the one appointed and leave it out for the other. An operation added later on the record is walked
 * too, so it cannot ship without the rule; and every other operation the role may call is reported as not
 * walked, for the test to hold to a reviewed list, so that a new way in elsewhere cannot ship unnoticed either.
 * A rule with several ways in (assigned, or in the record's team) and several ways to be turned away is walked
 * with {@link Access}: any number of allowed and refused callers, each with a label.
 */
public final class AppointmentWalk {

    private static final String NOT_FOUND = "urn:redress:problem:not-found";

    /**
     * One record and the two people in {@code role}: the one appointed to it and one who is not, each known by
     * a staff reference.
     */
    public record Appointment(String role, String collection, String recordId, String appointed, String notAppointed) {

        /** The same walk as an {@link Access}: the one appointed allowed, the other refused. */
        public Access access() {
            return new Access(role, collection, recordId,
                    List.of(new Caller("the " + role + " appointed", () -> Tokens.asStaff(role, appointed))),
                    List.of(new Caller(role + " not appointed", () -> Tokens.asStaff(role, notAppointed))));
        }
    }

    /**
     * What the walk did and what it found; {@code notWalked} names the operations the role may call that the walk
     * did not send (neither on the record nor a list showing it), each {@code GET /path}.
     */
    public record Result(int operations, int requests, List<String> failures, List<String> notWalked) {
    }

    private AppointmentWalk() {
    }

    /** The walk for one appointed person and one not: {@link #walk(JsonNode, Access)} with {@link Appointment#access()}. */
    public static Result walk(JsonNode document, Appointment appointment) {
        return walk(document, appointment.access());
    }

    /**
     * A caller the walk sends requests as: a label for the failures it reports, and a fresh request as that caller
     * for each request (a team member, say: {@code () -> Tokens.asTeamMember(role, staffReference, team)}).
     */
    public record Caller(String label, Supplier<RequestSpecification> request) {
    }

    /**
     * One record and the callers in {@code role} the record-level rule lets through ({@code allowed}: assigned to
     * it, in its team, ...) and turns away ({@code refused}: answered 404 {@code not-found} as for an unknown id).
     * {@code bodies} gives the JSON body to send for an operation (by its name, {@code POST /assessments/{id}/plan})
     * whose request example the service under test would refuse before looking at the record (a day after the test
     * clock's today, say), so that the walk reaches the rule; every other operation is sent its example.
     * {@code lists} names the lists besides the collection's own that show the record, each with the field of
     * its items that holds the record's id ({@code "/complaint-summaries" -> "id"}).
     */
    public record Access(String role, String collection, String recordId, List<Caller> allowed, List<Caller> refused,
            Map<String, String> bodies, Map<String, String> lists) {

        public Access {
            allowed = List.copyOf(allowed);
            refused = List.copyOf(refused);
            bodies = Map.copyOf(bodies);
            lists = Map.copyOf(lists);
        }

        public Access(String role, String collection, String recordId, List<Caller> allowed, List<Caller> refused,
                Map<String, String> bodies) {
            this(role, collection, recordId, allowed, refused, bodies, Map.of());
        }

        public Access(String role, String collection, String recordId, List<Caller> allowed, List<Caller> refused) {
            this(role, collection, recordId, allowed, refused, Map.of());
        }

        /** This access, with {@code list} also walked: its items name the record in {@code idField}. */
        public Access alsoListedIn(String list, String idField) {
            Map<String, String> more = new HashMap<>(lists);
            more.put(list, idField);
            return new Access(role, collection, recordId, allowed, refused, bodies, more);
        }

        private String idFieldOf(String list) {
            return list.equals(collection) ? "id" : lists.get(list);
        }
    }

    /**
     * The walk for a rule with several ways in and out: every operation {@code access.role()} may call on the
     * record ({@code <collection>/{id}...}) is sent, with its own request example, as each refused caller, who must
     * get 404 {@code not-found}, then as each allowed caller, who must not be turned away (401, 403 or 404); the
     * refused callers go first, so that an allowed caller's change (a completion, say) cannot hide a refusal. The
     * collection's list, and each of {@code access.lists()}, when the role may call it, must show the record to
     * every allowed caller and to no refused one (all its pages). Every other operation the role may call is
     * reported in {@link Result#notWalked()}.
     */
    public static Result walk(JsonNode document, Access access) {
        List<String> failures = new ArrayList<>();
        List<String> notWalked = new ArrayList<>();
        int operations = 0;
        int requests = 0;
        for (OpenApiOperation operation : OpenApiOperation.all(document)) {
            if (!EndpointSecurityWalk.allowedRoles(operation.node()).contains(access.role())) {
                continue;
            }
            String list = operation.method().equals("get") ? operation.template() : null;
            if (operation.template().startsWith(access.collection() + "/{id}")) {
                operations++;
                String path = operation.template().replace("{id}", access.recordId())
                        .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                for (Caller refused : access.refused()) {
                    Response turnedAway = send(refused.request().get(), operation, path, access.bodies());
                    if (turnedAway.statusCode() != 404 || !NOT_FOUND.equals(turnedAway.jsonPath().getString("type"))) {
                        failures.add(operation.name() + " as " + refused.label() + " answered " + turnedAway.statusCode()
                                + ", expected 404 " + NOT_FOUND);
                    }
                    requests++;
                }
                for (Caller allowed : access.allowed()) {
                    int status = send(allowed.request().get(), operation, path, access.bodies()).statusCode();
                    if (status == 401 || status == 403 || status == 404) {
                        failures.add(operation.name() + " as " + allowed.label() + " answered " + status);
                    }
                    requests++;
                }
            } else if (list != null && access.idFieldOf(list) != null) {
                operations++;
                String idField = access.idFieldOf(list);
                for (Caller allowed : access.allowed()) {
                    requests += listPages(allowed, list, idField, access.recordId(), true, operation, failures);
                }
                for (Caller refused : access.refused()) {
                    requests += listPages(refused, list, idField, access.recordId(), false, operation, failures);
                }
            } else {
                notWalked.add(operation.name());
            }
        }
        return new Result(operations, requests, failures, notWalked);
    }

    /** Reads every page of the list as {@code caller}, noting a failure unless it shows the record {@code shown}; how many pages. */
    private static int listPages(Caller caller, String list, String idField, String recordId, boolean shown,
            OpenApiOperation operation, List<String> failures) {
        EveryPage.Read read = EveryPage.of(caller.request(), list, idField);
        if (read.values().contains(recordId) != shown) {
            failures.add(operation.name() + " as " + caller.label() + (shown ? " leaves the record out" : " shows the record"));
        }
        return read.pages();
    }

    /** Sends the operation with the body {@code bodies} gives it, else its request example. */
    private static Response send(RequestSpecification request, OpenApiOperation operation, String path,
            Map<String, String> bodies) {
        JsonNode example = example(operation.jsonBody());
        String body = bodies.containsKey(operation.name()) ? bodies.get(operation.name())
                : example == null ? null : example.toString();
        RequestSpecification withBody = body == null ? request : request.contentType("application/json").body(body);
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
}
