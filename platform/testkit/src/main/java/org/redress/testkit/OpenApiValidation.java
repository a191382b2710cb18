package org.redress.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.interaction.ApiOperationResolver;
import com.atlassian.oai.validator.model.ApiOperationMatch;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.swagger.v3.parser.OpenAPIV3Parser;

/**
 * Checks every request a test sends, and every answer the service gives, against the service's
 * committed OpenAPI document, so that a response the document does not describe fails the test
 * that provoked it. The rule is that the document and the service agree:
 * <ul>
 * <li>every response must match the document's response for its status (schema, media type);</li>
 * <li>a request the document calls invalid must be refused by the service (4xx): a test that sends
 * bad input on purpose passes, a request the service accepts but the document forbids fails;</li>
 * <li>a request to no documented operation must be refused: 400 (not even HTTP), 404 or 405.</li>
 * </ul>
 * Objects are checked strictly: a property the document does not declare is a failure. The bearer token
 * is not looked for: tests also authenticate in-process, and the role walk proves who may call what.
 * The management paths under {@code /q/} are not part of the API and are not checked.
 *
 * <p>With {@code -Dredress.openapi.capture-examples=<folder>}, the first successful exchange of each
 * operation is also written there as {@code <operationId>.json}, as a starting point for the worked
 * examples a service publishes (service-kit's OperationExamplesFilter); nothing is written otherwise.
 */
public final class OpenApiValidation implements OrderedFilter {

    private static final ConcurrentMap<String, OpenApiValidation> BY_DOCUMENT = new ConcurrentHashMap<>();
    private static final ThreadLocal<Boolean> HOSTILE = ThreadLocal.withInitial(() -> false);
    private static final Set<String> NO_OPERATION = Set.of("validation.request.path.missing",
            "validation.request.operation.notAllowed");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final String document;
    private final String specification;
    private OpenApiInteractionValidator validator;
    private ApiOperationResolver operations;

    private OpenApiValidation(String document, String specification) {
        this.document = document;
        this.specification = specification;
    }

    /** Reads the document on the first request it checks, so a run that rewrites the snapshot can start. */
    private synchronized void load() {
        if (validator != null) {
            return;
        }
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(specification)
                .withLevelResolver(LevelResolver.create()
                        // tests authenticate in-process (@TestSecurity) as often as with a bearer token; who may
                        // call what is proven by the endpoint-by-role walk, not here
                        .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                        .build())
                .build();
    }

    /** The document's operations by path, parsed only when examples are captured. */
    private synchronized ApiOperationResolver operations() {
        if (operations == null) {
            operations = new ApiOperationResolver(new OpenAPIV3Parser().readContents(specification).getOpenAPI(),
                    null, false);
        }
        return operations;
    }

    /**
     * Runs {@code walk}, whose requests depart from the document on purpose and in every way it can
     * think of (the fuzz walk): what the service answers is still checked against the document, but a
     * request the document forbids is not held against the service when it accepts it. Which of those
     * acceptances matter (a null read as absent does not) is the walk's own report to make.
     */
    public static <T> T hostile(java.util.function.Supplier<T> walk) {
        HOSTILE.set(true);
        try {
            return walk.get();
        } finally {
            HOSTILE.set(false);
        }
    }

    /** The validation of a document given as text. */
    static OpenApiValidation of(String specification) {
        return new OpenApiValidation("the document", specification);
    }

    /** The validation of the document at {@code resource} on the class path, or none when there is none. */
    public static java.util.Optional<OpenApiValidation> forDocument(String resource) {
        OpenApiValidation known = BY_DOCUMENT.get(resource);
        if (known != null) {
            return java.util.Optional.of(known);
        }
        String specification = read(resource);
        if (specification == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(BY_DOCUMENT.computeIfAbsent(resource,
                r -> new OpenApiValidation(r, specification)));
    }

    @Override
    public int getOrder() {
        return OrderedFilter.HIGHEST_PRECEDENCE;
    }

    @Override
    public Response filter(FilterableRequestSpecification requestSpec, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(requestSpec, responseSpec);
        Request request = withDecodedQuery(RestAssuredRequest.of(requestSpec));
        if (request.getPath().startsWith("/q/")) {
            return response;
        }
        load();
        List<String> failures = disagreements(request, RestAssuredResponse.of(response));
        if (failures.isEmpty() && response.statusCode() < 300) {
            capture(request, response);
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(request.getMethod() + " " + request.getPath() + " answered "
                    + response.statusCode() + ", which " + document + " does not describe:\n  "
                    + String.join("\n  ", failures));
        }
        return response;
    }

    /**
     * The request as the service reads it: a query value a test gave already encoded is checked decoded
     * (a 54-character id sent as 78 escaped characters is 54 characters long).
     */
    private static Request withDecodedQuery(Request request) {
        com.atlassian.oai.validator.model.SimpleRequest.Builder decoded =
                new com.atlassian.oai.validator.model.SimpleRequest.Builder(request.getMethod(), request.getPath());
        request.getHeaders().forEach((name, values) -> decoded.withHeader(name, List.copyOf(values)));
        request.getRequestBody().ifPresent(decoded::withBody);
        for (String name : request.getQueryParameters()) {
            decoded.withQueryParam(decode(name), request.getQueryParameterValues(name).stream()
                    .map(OpenApiValidation::decode).toList());
        }
        return decoded.build();
    }

    private static String decode(String value) {
        try {
            return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return value;
        }
    }

    /** Where the exchange and the document disagree; empty when they agree. */
    List<String> disagreements(Request request, com.atlassian.oai.validator.model.Response response) {
        load();
        int status = response.getStatus();
        ValidationReport requestReport = validator.validateRequest(request);
        boolean noOperation = requestReport.getMessages().stream().anyMatch(m -> NO_OPERATION.contains(m.getKey()));
        List<String> failures = new ArrayList<>();
        if (noOperation) {
            if (status != 400 && status != 404 && status != 405) {
                failures.add("no documented operation, yet the service answered " + status);
            }
            return failures;
        }
        if (status < 400 && !HOSTILE.get()) {
            failures.addAll(errors(requestReport, "request"));
        }
        failures.addAll(errors(validator.validateResponse(request.getPath(), request.getMethod(), response),
                "response"));
        return failures;
    }

    private void capture(Request request, Response response) {
        String folder = System.getProperty("redress.openapi.capture-examples");
        if (folder == null) {
            return;
        }
        ApiOperationMatch match = operations().findApiOperation(request.getPath(), request.getMethod());
        if (!match.isOperationAllowed()) {
            return;
        }
        Path file = Path.of(folder, match.getApiOperation().getOperation().getOperationId() + ".json");
        try {
            if (Files.exists(file)) {
                return;
            }
            ObjectNode example = JSON.createObjectNode();
            if (request.getBody().isPresent() && request.getBody().get().strip().startsWith("{")) {
                example.set("request", JSON.readTree(request.getBody().get()));
            }
            String body = response.asString();
            if (body != null && !body.isBlank() && String.valueOf(response.contentType()).startsWith("application/json")) {
                example.set("response", JSON.readTree(body));
            }
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writeValueAsString(example) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> errors(ValidationReport report, String side) {
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> side + ": [" + m.getKey() + "] " + m.getMessage()
                        + m.getAdditionalInfo().stream().map(info -> " | " + info).collect(Collectors.joining()))
                .toList();
    }

    private static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
