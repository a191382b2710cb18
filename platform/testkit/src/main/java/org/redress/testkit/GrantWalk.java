package org.redress.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.redress.servicekit.security.Grants;
import org.redress.servicekit.security.Roles;

import io.restassured.response.Response;

/**
 * Need to know for integration clients, walked from a service's OpenAPI document. Every operation that lets
 * integration clients in ({@code x-roles}) must name the one grant it needs ({@code x-grants}), and is sent twice
 * with its own request example: as a client granted everything but that grant, which must get 403 {@code forbidden}
 * naming the grant, and as a client granted that grant alone, which must not be turned away (401 or 403). An
 * operation added later is walked too, so it cannot ship open to every client; a grant on an operation clients may
 * not call at all is a mistake too.
 */
public final class GrantWalk {

    private static final String FORBIDDEN = "urn:redress:problem:forbidden";

    /** What the walk did and what it found. */
    public record Result(int operations, int requests, List<String> failures) {
    }

    private GrantWalk() {
    }

    public static Result walk(JsonNode document) {
        List<String> failures = new ArrayList<>();
        int operations = 0;
        int requests = 0;
        for (OpenApiOperation operation : OpenApiOperation.all(document)) {
            List<String> grants = new ArrayList<>();
            operation.node().path("x-grants").forEach(grant -> grants.add(grant.asText()));
            if (!EndpointSecurityWalk.allowedRoles(operation.node()).contains(Roles.INTEGRATION_CLIENT)) {
                if (!grants.isEmpty()) {
                    failures.add(operation.name() + " names a grant but does not let integration clients in");
                }
                continue;
            }
            operations++;
            if (grants.size() != 1 || !Grants.ALL.contains(grants.get(0))) {
                failures.add(operation.name() + " lets integration clients in but names " + grants
                        + " in x-grants, not one of " + Grants.ALL);
                continue;
            }
            String grant = grants.get(0);
            String path = operation.template().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            String[] allOthers = Grants.ALL.stream().filter(other -> !other.equals(grant)).toArray(String[]::new);
            Response refused = RequestExamples.send(Tokens.asClient(allOthers), operation, path);
            if (refused.statusCode() != 403 || !FORBIDDEN.equals(refused.jsonPath().getString("type"))
                    || !String.valueOf(refused.jsonPath().getString("detail")).contains(grant)) {
                failures.add(operation.name() + " as a client granted all but " + grant + " answered "
                        + refused.statusCode() + " " + refused.asString() + ", expected 403 " + FORBIDDEN
                        + " naming " + grant);
            }
            int status = RequestExamples.send(Tokens.asClient(grant), operation, path).statusCode();
            if (status == 401 || status == 403) {
                failures.add(operation.name() + " as a client granted " + grant + " answered " + status);
            }
            requests += 2;
        }
        return new Result(operations, requests, failures);
    }
}
