package org.redress.testkit;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Checks a service's generated OpenAPI document the way a linter would (every operation has
 * an operationId, a summary, a tag, documented problem-detail error responses with examples),
 * and compares it with the committed snapshot so that any contract change shows in a diff.
 * Set {@code -Dredress.openapi.update-snapshot=true} to rewrite the snapshot after a deliberate change.
 */
public final class OpenApiContract {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private OpenApiContract() {
    }

    /** The running service's OpenAPI document (call from a {@code @QuarkusTest}). */
    public static JsonNode fetch() {
        String body = given().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString();
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every rule broken by the document; empty when it passes. */
    public static List<String> ruleViolations(JsonNode document) {
        List<String> violations = new ArrayList<>();
        for (String field : List.of("title", "version", "description", "contact")) {
            if (document.path("info").path(field).isMissingNode()) {
                violations.add("info." + field + " is missing");
            }
        }
        if (!document.path("servers").isArray() || document.path("servers").isEmpty()) {
            violations.add("servers are missing");
        }
        Set<String> operationIds = new HashSet<>();
        for (OpenApiOperation operation : OpenApiOperation.all(document)) {
            checkOperation(operation.name(), operation.node(), operationIds, violations);
        }
        return violations;
    }

    private static void checkOperation(String name, JsonNode operation, Set<String> operationIds,
            List<String> violations) {
        String operationId = operation.path("operationId").asText("");
        if (operationId.isEmpty()) {
            violations.add(name + " has no operationId");
        } else if (!operationIds.add(operationId)) {
            violations.add(name + " repeats operationId " + operationId);
        }
        if (operation.path("summary").asText("").isBlank()) {
            violations.add(name + " has no summary");
        }
        if (!operation.path("tags").isArray() || operation.path("tags").isEmpty()) {
            violations.add(name + " has no tag");
        }
        JsonNode responses = operation.path("responses");
        boolean success = false;
        boolean clientError = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> response = it.next();
            success |= response.getKey().startsWith("2");
            if (response.getKey().startsWith("4")) {
                clientError = true;
                JsonNode problem = response.getValue().path("content").path("application/problem+json");
                if (problem.isMissingNode()) {
                    violations.add(name + " " + response.getKey() + " is not documented as application/problem+json");
                } else if (problem.path("examples").isEmpty() && problem.path("example").isMissingNode()) {
                    violations.add(name + " " + response.getKey() + " has no example");
                }
            }
        }
        if (!success) {
            violations.add(name + " documents no success response");
        }
        if (!clientError) {
            violations.add(name + " documents no error response");
        }
        if (name.contains("{") && !responses.has("404")) {
            violations.add(name + " takes an id but does not document 404");
        }
        JsonNode requestBody = operation.path("requestBody").path("content").path("application/json");
        if (!requestBody.isMissingNode() && !hasExample(requestBody)) {
            violations.add(name + " has no request example");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> response = it.next();
            JsonNode body = response.getValue().path("content").path("application/json");
            if (response.getKey().startsWith("2") && !body.isMissingNode() && !hasExample(body)) {
                violations.add(name + " " + response.getKey() + " has no response example");
                break;
            }
        }
    }

    private static boolean hasExample(JsonNode mediaType) {
        return !mediaType.path("example").isMissingNode() || !mediaType.path("examples").isEmpty();
    }

    /**
     * Every example in the document that does not match its own schema, checked by the same
     * validator that checks the tests' requests and responses (strict: no undeclared property).
     */
    public static List<String> exampleViolations(JsonNode document) {
        String specification = document.toString();
        com.atlassian.oai.validator.OpenApiInteractionValidator validator =
                com.atlassian.oai.validator.OpenApiInteractionValidator.createForInlineApiSpecification(specification)
                        .build();
        List<String> violations = new ArrayList<>();
        for (OpenApiOperation operation : OpenApiOperation.all(document)) {
            String path = operation.template();
            com.atlassian.oai.validator.model.Request.Method method = com.atlassian.oai.validator.model.Request.Method
                    .valueOf(operation.method().toUpperCase(java.util.Locale.ROOT));
            JsonNode requestBody = operation.node().path("requestBody").path("content").path("application/json");
            for (JsonNode example : examples(requestBody)) {
                com.atlassian.oai.validator.model.SimpleRequest request =
                        new com.atlassian.oai.validator.model.SimpleRequest.Builder(method, path)
                                .withContentType("application/json").withBody(example.toString()).build();
                validator.validateRequest(request).getMessages().stream()
                        .filter(m -> m.getKey().startsWith("validation.request.body"))
                        .forEach(m -> violations.add(operation.name() + " request example: " + m.getMessage()));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = operation.node().path("responses").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> response = it.next();
                for (Map.Entry<String, JsonNode> media : iterable(response.getValue().path("content").fields())) {
                    for (JsonNode example : examples(media.getValue())) {
                        com.atlassian.oai.validator.model.Response answer =
                                com.atlassian.oai.validator.model.SimpleResponse.Builder
                                        .status(Integer.parseInt(response.getKey()))
                                        .withContentType(media.getKey()).withBody(example.toString()).build();
                        // an example is a body: the headers the response also carries are not part of it
                        validator.validateResponse(path, method, answer).getMessages().stream()
                                .filter(m -> m.getLevel() == com.atlassian.oai.validator.report.ValidationReport.Level.ERROR)
                                .filter(m -> !m.getKey().startsWith("validation.response.header"))
                                .forEach(m -> violations.add(operation.name() + " " + response.getKey() + " "
                                        + media.getKey() + " example: " + m.getMessage()));
                    }
                }
            }
        }
        return violations;
    }

    private static List<JsonNode> examples(JsonNode mediaType) {
        List<JsonNode> examples = new ArrayList<>();
        if (!mediaType.path("example").isMissingNode()) {
            examples.add(mediaType.path("example"));
        }
        mediaType.path("examples").forEach(example -> examples.add(example.path("value")));
        return examples;
    }

    private static <T> Iterable<T> iterable(Iterator<T> iterator) {
        return () -> iterator;
    }

    /** Fails with a readable message unless the document matches the committed snapshot. */
    public static void assertMatchesSnapshot(JsonNode document, Path snapshot) {
        try {
            String current = JSON.writeValueAsString(JSON.treeToValue(document, Object.class)) + "\n";
            if (Boolean.getBoolean("redress.openapi.update-snapshot")) {
                Files.createDirectories(snapshot.getParent());
                Files.writeString(snapshot, current);
                return;
            }
            if (!Files.exists(snapshot)) {
                throw new AssertionError("no OpenAPI snapshot at " + snapshot
                        + "; run the test with -Dredress.openapi.update-snapshot=true and commit the file");
            }
            String committed = Files.readString(snapshot);
            if (!committed.equals(current)) {
                throw new AssertionError("the OpenAPI document differs from " + snapshot
                        + "; if the change is deliberate, rerun with -Dredress.openapi.update-snapshot=true and commit"
                        + " the diff\n" + firstDifference(committed, current));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstDifference(String expected, String actual) {
        String[] a = expected.split("\n");
        String[] b = actual.split("\n");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (!a[i].equals(b[i])) {
                return "line " + (i + 1) + ":\n  snapshot: " + a[i].strip() + "\n  service:  " + b[i].strip();
            }
        }
        return "the documents differ in length (" + a.length + " vs " + b.length + " lines)";
    }
}
