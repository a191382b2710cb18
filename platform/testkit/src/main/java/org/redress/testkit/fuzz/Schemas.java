package org.redress.testkit.fuzz;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The schemas of an OpenAPI 3.1 document, resolved: a {@code $ref} is replaced by its target with
 * the referring schema's own keywords laid over it (3.1 allows both, e.g. a description beside the
 * reference), and an {@code anyOf} by its first alternative that is not {@code null}.
 */
final class Schemas {

    private static final String PREFIX = "#/components/schemas/";
    private final JsonNode components;

    Schemas(JsonNode document) {
        this.components = document.path("components").path("schemas");
    }

    JsonNode resolve(JsonNode schema) {
        JsonNode resolved = schema;
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().substring(PREFIX.length());
            ObjectNode merged = resolve(components.path(name)).deepCopy();
            for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!field.getKey().equals("$ref")) {
                    merged.set(field.getKey(), field.getValue());
                }
            }
            resolved = merged;
        }
        if (resolved.has("anyOf")) {
            for (JsonNode alternative : resolved.get("anyOf")) {
                if (!"null".equals(alternative.path("type").asText())) {
                    return resolve(alternative);
                }
            }
        }
        return resolved;
    }

    /** What kind of value a resolved schema describes, as the walk tells them apart. */
    static Kind kind(JsonNode schema) {
        String type = schema.path("type").asText("");
        String format = schema.path("format").asText("");
        if (schema.has("enum")) {
            return Kind.ENUM;
        }
        return switch (type) {
            case "object" -> Kind.OBJECT;
            case "array" -> Kind.ARRAY;
            case "integer" -> Kind.INTEGER;
            case "number" -> Kind.NUMBER;
            case "boolean" -> Kind.BOOLEAN;
            case "string" -> switch (format) {
                case "date" -> Kind.DATE;
                case "date-time" -> Kind.DATE_TIME;
                case "uuid" -> Kind.UUID;
                default -> isPeriod(schema) ? Kind.PERIOD : Kind.TEXT;
            };
            default -> schema.has("properties") ? Kind.OBJECT : Kind.OTHER;
        };
    }

    /** An ISO-8601 period (e.g. {@code P28D}) is a string the document shows by its example. */
    private static boolean isPeriod(JsonNode schema) {
        return example(schema).asText("").matches("P(\\d+[YMWD])+");
    }

    /** The schema's first example, or a missing node. */
    static JsonNode example(JsonNode schema) {
        if (schema.path("examples").isArray() && !schema.path("examples").isEmpty()) {
            return schema.get("examples").get(0);
        }
        return schema.path("example");
    }

    enum Kind { OBJECT, ARRAY, ENUM, TEXT, DATE, DATE_TIME, UUID, PERIOD, INTEGER, NUMBER, BOOLEAN, OTHER }
}
