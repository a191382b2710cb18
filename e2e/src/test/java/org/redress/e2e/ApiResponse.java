package org.redress.e2e;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One answer from a service: status (0 when no answer came, e.g. the service was killed), the JSON body
 * and the headers. {@link #expect} fails a test with the whole answer in the message.
 */
public record ApiResponse(String request, int status, JsonNode body, String rawBody, Map<String, List<String>> headers) {

    public ApiResponse expect(int expectedStatus) {
        if (status != expectedStatus) {
            throw new AssertionError(request + ": expected " + expectedStatus + " but got " + status + ": " + rawBody);
        }
        return this;
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** A text field by JSON pointer-ish dotted path, e.g. {@code "stageOneClock.dueDate"}. */
    public String text(String dottedPath) {
        return node(dottedPath).asText();
    }

    public JsonNode node(String dottedPath) {
        JsonNode node = body;
        for (String part : dottedPath.split("\\.")) {
            node = part.matches("\\d+") ? node.path(Integer.parseInt(part)) : node.path(part);
        }
        return node;
    }

    public String id() {
        return text("id");
    }

    public Optional<String> header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).findFirst();
    }
}
