package org.redress.servicekit.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.redress.servicekit.http.HttpRefusal;

/**
 * The answers every operation can give, documented in one place as the problem mappers give them,
 * so that no resource spells them out or forgets one:
 * <ul>
 * <li>401 and 403 on every secured operation;</li>
 * <li>400 on every operation that takes a parameter or a body; 404 on every operation addressing a
 * record by its path; 409 on every write (an Idempotency-Key still in flight, or a stale If-Match);</li>
 * <li>413 and 415 on every write and every operation that reads a body; 406, 414 and 503 on every operation;</li>
 * <li>the {@code Location} of what a 201 created, and the {@code ETag} of every success whose body is a
 * versioned record (its schema has a {@code version}; VersionTag sends it).</li>
 * </ul>
 * A resource documents an error response only to say what it means for that operation (a description);
 * the problem content and its example are added here. Every problem example is a JSON object.
 */
public class CommonResponsesFilter implements OASFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("400", "The request is not valid: the problem names the field or parameter"),
            Map.entry("401", "No valid bearer token"),
            Map.entry("403", "The caller's role may not use this operation"),
            Map.entry("404", "No record with this id"),
            Map.entry("406", HttpRefusal.NOT_ACCEPTABLE.title() + ": " + HttpRefusal.NOT_ACCEPTABLE.detail()),
            Map.entry("409", "A request with the same Idempotency-Key is still in progress, or the record changed since "
                    + "the If-Match version was read (concurrent-update)"),
            Map.entry("413", HttpRefusal.PAYLOAD_TOO_LARGE.title() + ": " + HttpRefusal.PAYLOAD_TOO_LARGE.detail()),
            Map.entry("414", HttpRefusal.URI_TOO_LONG.title() + ": " + HttpRefusal.URI_TOO_LONG.detail()),
            Map.entry("415", HttpRefusal.UNSUPPORTED_MEDIA_TYPE.title() + ": "
                    + HttpRefusal.UNSUPPORTED_MEDIA_TYPE.detail()),
            Map.entry("422", "Breaks a rule of the procedure, named in the problem type"),
            Map.entry("503", "The service's database is unavailable; retry after the Retry-After seconds"));

    private static final Map<String, String> EXAMPLES = Map.ofEntries(
            Map.entry("400", ApiResponses.BAD_REQUEST_EXAMPLE),
            Map.entry("401", ApiResponses.UNAUTHORIZED_EXAMPLE),
            Map.entry("403", ApiResponses.FORBIDDEN_EXAMPLE),
            Map.entry("404", ApiResponses.NOT_FOUND_EXAMPLE),
            Map.entry("406", ApiResponses.refusal(HttpRefusal.NOT_ACCEPTABLE)),
            Map.entry("409", ApiResponses.CONFLICT_EXAMPLE),
            Map.entry("413", ApiResponses.refusal(HttpRefusal.PAYLOAD_TOO_LARGE)),
            Map.entry("414", ApiResponses.refusal(HttpRefusal.URI_TOO_LONG)),
            Map.entry("415", ApiResponses.refusal(HttpRefusal.UNSUPPORTED_MEDIA_TYPE)),
            Map.entry("422", ApiResponses.UNPROCESSABLE_EXAMPLE),
            Map.entry("503", ApiResponses.SERVICE_UNAVAILABLE_EXAMPLE));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getOperations().entrySet()) {
                Operation operation = entry.getValue();
                if (operation.getResponses() == null) {
                    operation.setResponses(OASFactory.createAPIResponses());
                }
                addCommon(entry.getKey(), operation, path);
                operation.getResponses().getAPIResponses().forEach(CommonResponsesFilter::describeProblem);
                operation.getResponses().getAPIResponses().forEach((status, response) -> describeHeaders(openAPI,
                        status, response));
            }
        }
    }

    private static void addCommon(PathItem.HttpMethod method, Operation operation, PathItem path) {
        APIResponses responses = operation.getResponses();
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean body = operation.getRequestBody() != null;
        boolean write = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE;
        if (secured) {
            addIfAbsent(responses, "401");
            addIfAbsent(responses, "403");
        }
        if (body || hasParameter(operation, path, null)) {
            addIfAbsent(responses, "400");
        }
        if (hasParameter(operation, path, Parameter.In.PATH)) {
            addIfAbsent(responses, "404");
        }
        if (write) {
            addIfAbsent(responses, "409");
        }
        if (body || write) { // a write that takes no body still refuses one it cannot read
            addIfAbsent(responses, "413");
            addIfAbsent(responses, "415");
        }
        addIfAbsent(responses, "406");
        addIfAbsent(responses, "414");
        addIfAbsent(responses, "503");
    }

    private static boolean hasParameter(Operation operation, PathItem path, Parameter.In in) {
        return hasParameter(operation.getParameters(), in) || hasParameter(path.getParameters(), in);
    }

    private static boolean hasParameter(java.util.List<Parameter> parameters, Parameter.In in) {
        return parameters != null && parameters.stream().anyMatch(p -> in == null || p.getIn() == in);
    }

    private static void addIfAbsent(APIResponses responses, String status) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(DESCRIPTIONS.get(status)));
        }
    }

    private static void describeHeaders(OpenAPI openAPI, String status, APIResponse response) {
        if ("201".equals(status) && (response.getHeaders() == null || !response.getHeaders().containsKey("Location"))) {
            response.addHeader("Location", OASFactory.createHeader().required(true)
                    .description("Where the record created can be read")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri")));
        }
        if (status.startsWith("2") && isVersionedRecord(openAPI, response)
                && (response.getHeaders() == null || !response.getHeaders().containsKey("ETag"))) {
            response.addHeader("ETag", OASFactory.createHeader().required(true)
                    .description("The record's version, e.g. \"3\": send it as If-Match with the next change")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
    }

    private static boolean isVersionedRecord(OpenAPI openAPI, APIResponse response) {
        MediaType json = response.getContent() == null ? null : response.getContent().getMediaType("application/json");
        if (json == null || json.getSchema() == null || json.getSchema().getRef() == null
                || openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return false;
        }
        String ref = json.getSchema().getRef();
        Schema schema = openAPI.getComponents().getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
        return schema != null && schema.getProperties() != null && schema.getProperties().containsKey("version");
    }

    /** A problem response has the problem-detail content, with an example object. */
    private static void describeProblem(String status, APIResponse response) {
        if (!status.startsWith("4") && !status.startsWith("5")) {
            return;
        }
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription(DESCRIPTIONS.getOrDefault(status, "A problem detail (RFC 9457)"));
        }
        MediaType problem = response.getContent() == null ? null
                : response.getContent().getMediaType(ApiResponses.PROBLEM_JSON);
        if (problem == null) {
            problem = OASFactory.createMediaType();
            response.setContent(OASFactory.createContent().addMediaType(ApiResponses.PROBLEM_JSON, problem));
        }
        problem.setSchema(OASFactory.createSchema().ref("ProblemDetail"));
        if (problem.getExamples() == null || problem.getExamples().isEmpty()) {
            String example = EXAMPLES.get(status);
            if (example != null) {
                problem.addExample("problem", OASFactory.createExample().value(object(example)));
            }
        } else {
            for (Example example : problem.getExamples().values()) {
                if (example.getValue() instanceof String text && text.strip().startsWith("{")) {
                    example.setValue(object(text));
                }
            }
        }
    }

    private static Object object(String json) {
        try {
            return JSON.readValue(json, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException("a problem example is not a JSON object: " + json, e);
        }
    }
}
