package org.redress.testkit.fuzz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.redress.testkit.EndpointSecurityWalk;
import org.redress.testkit.OpenApiOperation;

/**
 * The seeded generator of the walk: for one operation, its valid request and then requests that
 * each make one thing wrong (a body field, the body as a whole, a path or query parameter, a
 * header). The same seed always gives the same requests; where an operation has more than the
 * per-operation budget, the seed chooses which are sent.
 */
public final class FuzzRequests {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final String IF_MATCH = "If-Match";
    private static final int NESTING = 3;
    /** Wrong JSON types that read as valid text once in a query string. */
    private static final Set<String> SAME_AS_TEXT_IN_A_QUERY = Set.of("text", "number", "boolean");

    private final Schemas schemas;
    private final ValidValues valid;
    private final long seed;
    private final int budget;

    /**
     * @param document the service's OpenAPI document
     * @param seed     chooses the sample and the generated keys and ids
     * @param budget   the most requests sent for one operation, its valid request included
     */
    public FuzzRequests(JsonNode document, long seed, int budget) {
        this.schemas = new Schemas(document);
        this.valid = new ValidValues(schemas);
        this.seed = seed;
        this.budget = budget;
    }

    /**
     * The requests for {@code operation}, the valid one first.
     *
     * @param pathValues values for path parameters that name an existing record, by parameter
     *                   name; a parameter without one gets a value from its schema
     */
    public List<FuzzRequest> forOperation(OpenApiOperation operation, Map<String, String> pathValues) {
        Random random = new Random(seed * 31 + operation.name().hashCode());
        String role = EndpointSecurityWalk.allowedRoles(operation.node()).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException(operation.name() + " declares no roles"));
        RequestDraft base = new RequestDraft(operation, role);
        for (JsonNode parameter : operation.parameters("path")) {
            String name = parameter.path("name").asText();
            String value = pathValues.containsKey(name) ? pathValues.get(name)
                    : valid.of(parameter.path("schema"), Schemas.example(parameter)).asText();
            base.pathSegments.put(name, RequestDraft.encode(value));
        }
        for (JsonNode parameter : operation.parameters("query")) {
            if (parameter.path("required").asBoolean()) {
                base.query.put(parameter.path("name").asText(),
                        RequestDraft.encode(valid.of(parameter.path("schema"), Schemas.example(parameter)).asText()));
            }
        }
        JsonNode bodySchema = operation.jsonBody().path("schema");
        JsonNode validBody = bodySchema.isMissingNode() ? null : valid.of(bodySchema, bodyExample(operation));
        if (validBody != null) {
            base.headers.put("Content-Type", "application/json");
            base.body = validBody.toString();
        }
        List<FuzzRequest> all = new ArrayList<>();
        all.add(base.toRequest(FuzzRequest.VALID));
        PathMutations.add(operation, base, all);
        queryMutations(operation, base, all);
        headerMutations(operation, base, all);
        if (validBody != null) {
            BodyMutations.addWhole(base, validBody.toString(), all);
            new BodyMutations(schemas, valid, base, validBody, all).addFields(bodySchema, NESTING);
        }
        List<FuzzRequest> sample = sample(all, random);
        List<FuzzRequest> keyed = new ArrayList<>(sample.size());
        for (FuzzRequest request : sample) {
            keyed.add(withFreshKey(request, operation, random));
        }
        return keyed;
    }

    /** The operation's first documented example body, or a missing node. */
    private static JsonNode bodyExample(OpenApiOperation operation) {
        JsonNode media = operation.jsonBody();
        Iterator<JsonNode> examples = media.path("examples").elements();
        return examples.hasNext() ? examples.next().path("value") : media.path("example");
    }

    private void queryMutations(OpenApiOperation operation, RequestDraft base, List<FuzzRequest> all) {
        for (JsonNode parameter : operation.parameters("query")) {
            String name = parameter.path("name").asText();
            JsonNode schema = schemas.resolve(parameter.path("schema"));
            JsonNode validValue = valid.of(schema, Schemas.example(parameter));
            for (ValueMutation mutation : ValueMutations.of(schema, parameter.path("required").asBoolean(), validValue)) {
                if (mutation.value() != null && mutation.value().isNull() || SAME_AS_TEXT_IN_A_QUERY.contains(
                        mutation.label().replaceAll(" for \\w+$", ""))) {
                    continue; // a query string has no null ("missing" covers it) and no types: "12" is a number there
                }
                RequestDraft draft = base.copy();
                if (mutation.value() == null) {
                    draft.query.remove(name);
                } else {
                    String text = mutation.value().isTextual() ? mutation.value().asText() : mutation.value().toString();
                    draft.query.put(name, RequestDraft.encode(text));
                }
                all.add(draft.toRequest("query " + name + ": " + mutation.label()));
            }
            // whatever its type, a query value is text a caller chose: it must not reach the log
            RequestDraft draft = base.copy();
            draft.query.put(name, RequestDraft.encode(HostileText.PERSON + HostileText.NUL + HostileText.FORGED_LINE));
            all.add(draft.toRequest("query " + name + ": personal value, NUL and line break"));
        }
    }

    private static void headerMutations(OpenApiOperation operation, RequestDraft base, List<FuzzRequest> all) {
        if (operation.declaresHeader(IDEMPOTENCY_KEY)) {
            header(base, IDEMPOTENCY_KEY, "k".repeat(600), "over-long Idempotency-Key (600)", all);
            header(base, IDEMPOTENCY_KEY, HostileText.PERSON, "personal value in Idempotency-Key", all);
        }
        if (operation.declaresHeader(IF_MATCH)) {
            header(base, IF_MATCH, HostileText.PERSON, "malformed If-Match", all);
            header(base, IF_MATCH, "\"99999999999999999999\"", "If-Match version beyond 18 digits", all);
            header(base, IF_MATCH, "\"-1\"", "negative If-Match version", all);
        }
    }

    private static void header(RequestDraft base, String name, String value, String label, List<FuzzRequest> all) {
        RequestDraft draft = base.copy();
        draft.headers.put(name, value);
        all.add(draft.toRequest("header " + label));
    }

    /** The valid request first, then a seeded choice of the others, kept in the order they were made. */
    private List<FuzzRequest> sample(List<FuzzRequest> all, Random random) {
        if (all.size() <= budget) {
            return all;
        }
        List<Integer> indexes = new ArrayList<>();
        for (int i = 1; i < all.size(); i++) {
            indexes.add(i);
        }
        Collections.shuffle(indexes, random);
        Set<Integer> chosen = new HashSet<>(indexes.subList(0, budget - 1));
        chosen.add(0);
        List<FuzzRequest> sample = new ArrayList<>();
        chosen.stream().sorted(Comparator.naturalOrder()).forEach(i -> sample.add(all.get(i)));
        return sample;
    }

    /**
     * Each request gets an Idempotency-Key of its own (unless its mutation is the key), so that
     * no request is answered from another's stored response and each one reaches the service.
     */
    private static FuzzRequest withFreshKey(FuzzRequest request, OpenApiOperation operation, Random random) {
        if (!operation.declaresHeader(IDEMPOTENCY_KEY) || request.headers().containsKey(IDEMPOTENCY_KEY)) {
            return request;
        }
        Map<String, String> headers = new HashMap<>(request.headers());
        headers.put(IDEMPOTENCY_KEY, new UUID(random.nextLong(), random.nextLong()).toString());
        return new FuzzRequest(request.operation(), request.mutation(), request.role(), request.method(),
                request.uri(), Map.copyOf(headers), request.body());
    }
}
