package org.redress.testkit.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.redress.testkit.OpenApiOperation;

/**
 * A request being put together from an operation's valid parts with one of them replaced. Path
 * and query values are kept already percent-encoded, so that a mutation can send bytes (such as
 * {@code %00}) that encoding would otherwise escape.
 */
final class RequestDraft {

    private final OpenApiOperation operation;
    private final String role;
    final Map<String, String> pathSegments = new LinkedHashMap<>();
    final Map<String, String> query = new LinkedHashMap<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    String body;

    RequestDraft(OpenApiOperation operation, String role) {
        this.operation = operation;
        this.role = role;
    }

    RequestDraft copy() {
        RequestDraft copy = new RequestDraft(operation, role);
        copy.pathSegments.putAll(pathSegments);
        copy.query.putAll(query);
        copy.headers.putAll(headers);
        copy.body = body;
        return copy;
    }

    /** A path or query value percent-encoded as UTF-8, a space as {@code %20}. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    FuzzRequest toRequest(String mutation) {
        String path = operation.template();
        for (Map.Entry<String, String> segment : pathSegments.entrySet()) {
            path = path.replace("{" + segment.getKey() + "}", segment.getValue());
        }
        String uri = query.isEmpty() ? path : path + "?" + query.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + entry.getValue()).collect(Collectors.joining("&"));
        return new FuzzRequest(operation.name(), mutation, role, operation.method().toUpperCase(), uri,
                Map.copyOf(headers), body);
    }
}
