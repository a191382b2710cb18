package org.redress.testkit;

import java.util.Iterator;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Requests built from an OpenAPI document's own examples, for the walks that call every operation: the body an
 * operation is sent is its documented request example, so the request is one the operation accepts.
 */
public final class RequestExamples {

    private RequestExamples() {
    }

    /** Sends {@code operation} to {@code path} with its request example as the body, when it takes one. */
    public static Response send(RequestSpecification request, OpenApiOperation operation, String path) {
        JsonNode example = example(operation);
        RequestSpecification withBody = example == null ? request
                : request.contentType("application/json").body(example.toString());
        return withBody.request(operation.method().toUpperCase(), path);
    }

    /** The JSON request body's first example, or null when the operation takes none. */
    public static JsonNode example(OpenApiOperation operation) {
        JsonNode mediaType = operation.jsonBody();
        if (mediaType.has("example")) {
            return mediaType.get("example");
        }
        Iterator<JsonNode> examples = mediaType.path("examples").elements();
        return examples.hasNext() ? examples.next().path("value") : null;
    }
}
