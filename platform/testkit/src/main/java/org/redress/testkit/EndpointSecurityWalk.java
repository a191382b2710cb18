package org.redress.testkit;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.redress.servicekit.security.Roles;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Walks every operation of a service's OpenAPI document and checks its protection: without a
 * token the answer is 401; with a valid token of a role the operation does not list, 403;
 * with a role it lists, neither. An operation that declares no roles is itself a failure, so a
 * new endpoint cannot ship unprotected.
 */
public final class EndpointSecurityWalk {

    private EndpointSecurityWalk() {
    }

    /** Every protection failure found; empty when all operations are protected as declared. */
    public static List<String> failures(JsonNode document) {
        List<String> failures = new ArrayList<>();
        for (OpenApiOperation operation : OpenApiOperation.all(document)) {
            check(operation.method(), concrete(operation.template()), allowedRoles(operation.node()), failures);
        }
        return failures;
    }

    private static void check(String method, String path, Set<String> allowed, List<String> failures) {
        String name = method.toUpperCase() + " " + path;
        if (allowed.isEmpty()) {
            failures.add(name + " declares no roles");
            return;
        }
        expect(name + " without a token", send(given(), method, path), 401, true, failures);
        Roles.ALL.stream().filter(role -> !allowed.contains(role)).forEach(role -> expect(
                name + " as " + role, send(Tokens.as(role), method, path), 403, true, failures));
        for (String role : allowed) {
            int status = send(Tokens.as(role), method, path).statusCode();
            if (status == 401 || status == 403) {
                failures.add(name + " as allowed role " + role + " answered " + status);
            }
        }
    }

    private static void expect(String what, Response response, int status, boolean problem, List<String> failures) {
        if (response.statusCode() != status) {
            failures.add(what + " answered " + response.statusCode() + ", expected " + status);
        } else if (problem && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            failures.add(what + " answered " + status + " without a problem detail");
        }
    }

    private static Response send(RequestSpecification request, String method, String path) {
        RequestSpecification withBody = !method.equals("get") && !method.equals("delete")
                ? request.contentType("application/json").body("{}") : request;
        return withBody.request(method.toUpperCase(), path);
    }

    /** The roles an operation's security requirements list, in the document's order. */
    public static Set<String> allowedRoles(JsonNode operation) {
        Set<String> roles = new LinkedHashSet<>();
        operation.path("x-roles").forEach(role -> roles.add(role.asText()));
        operation.path("security").forEach(requirement -> requirement.fields()
                .forEachRemaining(scheme -> scheme.getValue().forEach(role -> roles.add(role.asText()))));
        return roles;
    }

    private static String concrete(String template) {
        return template.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }
}
