package org.redress.testkit.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Wrong request bodies: the body as a whole malformed (no body, not an object, duplicate keys,
 * trailing garbage, an unknown property, truncated, too deep, too big, the wrong media type), and
 * every field of the valid body, nested ones included, replaced by each of its
 * {@link ValueMutations} in turn.
 */
final class BodyMutations {

    /** Above the services' 256 KiB body limit. */
    static final int OVER_BODY_LIMIT = 300 * 1024;
    /** Deeper than Jackson's default nesting limit (1000). */
    static final int DEPTH = 2_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Schemas schemas;
    private final ValidValues valid;
    private final RequestDraft base;
    private final JsonNode validBody;
    private final List<FuzzRequest> all;

    BodyMutations(Schemas schemas, ValidValues valid, RequestDraft base, JsonNode validBody, List<FuzzRequest> all) {
        this.schemas = schemas;
        this.valid = valid;
        this.base = base;
        this.validBody = validBody;
        this.all = all;
    }

    static void addWhole(RequestDraft base, String json, List<FuzzRequest> all) {
        String inner = json.length() > 2 ? json.substring(1) : "}";
        String firstField = json.startsWith("{\"") && json.length() > 2 ? firstField(json) : null;
        body(base, null, "no body", all);
        body(base, "", "empty body", all);
        body(base, "null", "JSON null body", all);
        body(base, "[" + json + "]", "list for body", all);
        body(base, "\"" + HostileText.PERSON + "\"", "text for body", all);
        if (firstField != null) {
            body(base, "{" + firstField + "," + inner, "duplicate key", all);
        }
        body(base, json + " " + HostileText.MARKERS.get(0), "trailing garbage", all);
        body(base, json + "{}", "second JSON value", all);
        body(base, "{\"quillfeatherNote\":\"" + HostileText.PERSON + "\"" + (inner.equals("}") ? "" : ",") + inner,
                "unknown property", all);
        body(base, json.substring(0, json.length() / 2), "truncated JSON", all);
        body(base, "{" + HostileText.NUL + inner, "NUL outside strings", all);
        body(base, "[".repeat(DEPTH) + "]".repeat(DEPTH), "nesting " + DEPTH + " deep", all);
        body(base, "{\"quillfeatherNote\":\"" + ValueMutations.oversized(OVER_BODY_LIMIT) + "\"}",
                "body over the size limit", all);
        RequestDraft plain = base.copy();
        plain.headers.put("Content-Type", "text/plain");
        all.add(plain.toRequest("body as text/plain"));
    }

    /** {@code "name":value} of the first property of a serialised object. */
    private static String firstField(String json) {
        try {
            JsonNode tree = JSON.readTree(json);
            Map.Entry<String, JsonNode> first = tree.fields().next();
            return "\"" + first.getKey() + "\":" + first.getValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void body(RequestDraft base, String body, String label, List<FuzzRequest> all) {
        RequestDraft draft = base.copy();
        draft.body = body;
        all.add(draft.toRequest("body: " + label));
    }

    /** Each field of an object schema, and its nested fields down to {@code depth} levels. */
    void addFields(JsonNode objectSchema, int depth) {
        fields(new ArrayList<>(), schemas.resolve(objectSchema), depth, validBody);
    }

    /** {@code body} is the valid body with valid values filled in down to {@code at}. */
    private void fields(List<Object> at, JsonNode objectSchema, int depth, JsonNode body) {
        List<String> required = new ArrayList<>();
        objectSchema.path("required").forEach(name -> required.add(name.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = objectSchema.path("properties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> property = it.next();
            List<Object> path = new ArrayList<>(at);
            path.add(property.getKey());
            value(path, property.getValue(), required.contains(property.getKey()), depth, body);
        }
    }

    private void value(List<Object> path, JsonNode schema, boolean required, int depth, JsonNode body) {
        JsonNode resolved = schemas.resolve(schema);
        JsonNode current = at(body, path);
        JsonNode validValue = current.isMissingNode() ? valid.of(resolved, current) : current;
        for (ValueMutation mutation : ValueMutations.of(resolved, required, validValue)) {
            emit(body, path, mutation);
        }
        if (depth <= 1) {
            return;
        }
        // a field the valid body leaves out gets its valid value, so that a nested mutation is the only fault
        JsonNode filled = current.isMissingNode() ? with(body, path, validValue) : body;
        switch (Schemas.kind(resolved)) {
            case OBJECT -> fields(path, resolved, depth - 1, filled);
            case ARRAY -> {
                List<Object> item = new ArrayList<>(path);
                item.add(0);
                value(item, resolved.path("items"), false, depth - 1, filled);
            }
            default -> { }
        }
    }

    private void emit(JsonNode validWithPath, List<Object> path, ValueMutation mutation) {
        JsonNode body = with(validWithPath, path, mutation.value());
        RequestDraft draft = base.copy();
        draft.body = body.toString();
        all.add(draft.toRequest("body." + label(path) + ": " + mutation.label()));
    }

    /**
     * A copy of {@code body} with the value at {@code path} replaced ({@code null} removes it),
     * creating empty containers on the way where the body has none.
     */
    static JsonNode with(JsonNode body, List<Object> path, JsonNode value) {
        JsonNode copy = body.deepCopy();
        JsonNode container = copy;
        for (int i = 0; i < path.size() - 1; i++) {
            container = child(container, path.get(i), path.get(i + 1));
        }
        Object last = path.get(path.size() - 1);
        if (container instanceof ObjectNode object) {
            if (value == null) {
                object.remove((String) last);
            } else {
                object.set((String) last, value);
            }
        } else if (container instanceof ArrayNode array) {
            if (value == null) {
                array.remove(0);
            } else if (array.isEmpty()) {
                array.add(value);
            } else {
                array.set(0, value);
            }
        }
        return copy;
    }

    private static JsonNode child(JsonNode container, Object key, Object next) {
        JsonNode child = key instanceof String name ? container.path(name) : container.path((Integer) key);
        if (child.isObject() || child.isArray()) {
            return child;
        }
        JsonNode created = next instanceof Integer ? JsonNodeFactory.instance.arrayNode()
                : JsonNodeFactory.instance.objectNode();
        if (container instanceof ObjectNode object) {
            object.set((String) key, created);
        } else {
            ((ArrayNode) container).add(created);
        }
        return created;
    }

    private static JsonNode at(JsonNode body, List<Object> path) {
        JsonNode node = body;
        for (Object key : path) {
            node = key instanceof String name ? node.path(name) : node.path((Integer) key);
        }
        return node;
    }

    private static String label(List<Object> path) {
        StringBuilder out = new StringBuilder();
        for (Object key : path) {
            if (key instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(key);
            }
        }
        return out.toString();
    }
}
