package org.redress.testkit.fuzz;

import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * A valid value for a schema, the starting point every mutation changes one thing of. It follows
 * the document's example where there is one (an operation's example is a request its authors know
 * to be sensible, e.g. exactly one rate of provision), and puts the walk's made-up personal value
 * into every free-text string, so that each request carries something to look for in the log.
 */
final class ValidValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final Schemas schemas;

    ValidValues(Schemas schemas) {
        this.schemas = schemas;
    }

    /** A valid value for {@code schema}, following {@code example} where it is not missing. */
    JsonNode of(JsonNode schema, JsonNode example) {
        JsonNode resolved = schemas.resolve(schema);
        JsonNode given = example.isMissingNode() || example.isNull() ? Schemas.example(resolved) : example;
        return switch (Schemas.kind(resolved)) {
            case OBJECT -> object(resolved, given);
            case ARRAY -> array(resolved, given);
            case ENUM -> given.isTextual() ? given : resolved.get("enum").get(0);
            case TEXT -> TextNode.valueOf(text(resolved, given));
            case DATE -> given.isTextual() ? given : TextNode.valueOf("2026-01-15");
            case DATE_TIME -> given.isTextual() ? given : TextNode.valueOf("2026-01-15T10:00:00Z");
            case UUID -> given.isTextual() ? given : TextNode.valueOf("5f0c6a1e-7b9d-4c2e-9a41-3d8e2b7c6f10");
            case PERIOD -> given;
            case INTEGER, NUMBER -> given.isNumber() ? given : LongNode.valueOf(resolved.path("minimum").asLong(1));
            case BOOLEAN -> given.isBoolean() ? given : BooleanNode.FALSE;
            case OTHER -> given.isMissingNode() ? TextNode.valueOf(HostileText.PERSON) : given;
        };
    }

    /**
     * Every property of the schema; but where an example object is given, only those it has: an
     * example leaves out what must not be combined with what it shows.
     */
    private ObjectNode object(JsonNode schema, JsonNode example) {
        ObjectNode object = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> property = it.next();
            if (!example.isObject()) {
                object.set(property.getKey(), of(property.getValue(), NODES.missingNode()));
            } else if (example.has(property.getKey())) {
                object.set(property.getKey(), of(property.getValue(), example.get(property.getKey())));
            }
        }
        return object;
    }

    private ArrayNode array(JsonNode schema, JsonNode example) {
        ArrayNode array = NODES.arrayNode();
        if (example.isArray() && !example.isEmpty()) {
            example.forEach(item -> array.add(of(schema.path("items"), item)));
        } else {
            array.add(of(schema.path("items"), NODES.missingNode()));
        }
        return array;
    }

    /**
     * The personal value where the schema allows it, else the example. SmallRye documents
     * {@code @NotBlank} as the pattern {@code \\S} (anywhere in the text); other patterns come from
     * {@code @Pattern}, which must match the whole text.
     */
    private static String text(JsonNode schema, JsonNode example) {
        String person = HostileText.person(schema.path("maxLength").asInt(Integer.MAX_VALUE));
        String regex = schema.path("pattern").asText("\\S");
        if (regex.equals("\\S")) {
            return person;
        }
        Pattern pattern = Pattern.compile(regex);
        for (String candidate : new String[] {person, HostileText.MARKERS.get(0)}) {
            if (pattern.matcher(candidate).matches()) {
                return candidate;
            }
        }
        return example.isTextual() ? example.asText() : person;
    }
}
