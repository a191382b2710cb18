package org.redress.servicekit.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Gives each operation its worked example, kept as JSON beside the service's code rather than in
 * string constants inside annotations: {@code openapi/examples/<operationId>.json} on the class path
 * holds {@code {"request": ..., "response": ...}}. The request example goes on the JSON request body,
 * the response example on the operation's first success response with a JSON body. The contract test
 * checks that every operation has them and that each matches its own schema.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OperationExamplesFilter implements OASFilter {

    static final String FOLDER = "openapi/examples/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public PathItem filterPathItem(PathItem path) {
        for (Operation operation : path.getOperations().values()) {
            if (operation.getOperationId() == null) {
                continue;
            }
            JsonNode example = read(FOLDER + operation.getOperationId() + ".json");
            if (example == null) {
                continue;
            }
            if (example.has("request") && operation.getRequestBody() != null
                    && operation.getRequestBody().getContent() != null) {
                MediaType body = operation.getRequestBody().getContent().getMediaType("application/json");
                if (body != null) {
                    body.setExample(value(example.get("request")));
                }
            }
            if (example.has("response") && operation.getResponses() != null) {
                successBody(operation).ifPresent(body -> body.setExample(value(example.get("response"))));
            }
        }
        return path;
    }

    private static java.util.Optional<MediaType> successBody(Operation operation) {
        return operation.getResponses().getAPIResponses().entrySet().stream()
                .filter(e -> e.getKey().startsWith("2"))
                .sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue)
                .map(APIResponse::getContent)
                .filter(content -> content != null && content.getMediaType("application/json") != null)
                .map(content -> content.getMediaType("application/json"))
                .findFirst();
    }

    private static Object value(JsonNode node) {
        return JSON.convertValue(node, Object.class);
    }

    private static JsonNode read(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the OpenAPI example " + resource + " is not JSON", e);
        }
    }
}
