package org.redress.testkit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One operation of an OpenAPI document.
 *
 * @param method   lower case, as the document keys it
 * @param template the path template, e.g. {@code /complaints/{id}/holds}
 * @param node     the operation object
 */
public record OpenApiOperation(String method, String template, JsonNode node) {

    /** The HTTP methods an OpenAPI path item may hold operations for. */
    public static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** Every operation of the document, in its order. */
    public static List<OpenApiOperation> all(JsonNode document) {
        List<OpenApiOperation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    operations.add(new OpenApiOperation(op.getKey(), path.getKey(), op.getValue()));
                }
            }
        }
        return operations;
    }

    /** {@code POST /complaints/{id}/holds}. */
    public String name() {
        return method.toUpperCase() + " " + template;
    }

    /** The declared parameters found in {@code in} (path, query or header). */
    public List<JsonNode> parameters(String in) {
        List<JsonNode> found = new ArrayList<>();
        node.path("parameters").forEach(parameter -> {
            if (in.equals(parameter.path("in").asText())) {
                found.add(parameter);
            }
        });
        return found;
    }

    public boolean declaresHeader(String name) {
        return parameters("header").stream().anyMatch(header -> header.path("name").asText().equalsIgnoreCase(name));
    }

    /** The JSON request body's media type object, or a missing node. */
    public JsonNode jsonBody() {
        return node.path("requestBody").path("content").path("application/json");
    }
}
