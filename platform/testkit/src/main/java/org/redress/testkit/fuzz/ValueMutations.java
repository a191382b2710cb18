package org.redress.testkit.fuzz;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * The wrong and boundary values tried in place of one field or parameter, by the kind of value its
 * schema describes: wrong types, null, a missing required value, empty and oversized strings,
 * control characters, huge and negative numbers, implausible dates and periods, too many items.
 */
final class ValueMutations {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Longer than any free text a service should take when its document declares no bound. */
    static final int UNBOUNDED_OVERSIZE = 10_000;
    static final int UNBOUNDED_TOO_MANY = 1_000;

    private ValueMutations() {
    }

    /** The mutations of a value of {@code schema} (resolved); {@code valid} is the value they replace. */
    static List<ValueMutation> of(JsonNode schema, boolean required, JsonNode valid) {
        List<ValueMutation> mutations = new ArrayList<>();
        mutations.add(new ValueMutation("null", NullNode.instance));
        if (required) {
            mutations.add(new ValueMutation(ValueMutation.MISSING + " required", null));
        }
        switch (Schemas.kind(schema)) {
            case TEXT -> text(schema, mutations);
            case ENUM -> enumeration(schema, mutations);
            case DATE -> date(mutations, "");
            case DATE_TIME -> date(mutations, "T00:00:00Z");
            case UUID -> uuid(mutations);
            case PERIOD -> period(mutations);
            case INTEGER -> integer(schema, mutations);
            case NUMBER -> number(mutations);
            case BOOLEAN -> bool(mutations);
            case ARRAY -> array(schema, valid, mutations);
            case OBJECT -> {
                mutations.add(new ValueMutation("text for object", text(HostileText.PERSON)));
                mutations.add(new ValueMutation("list for object", NODES.arrayNode().add(HostileText.PERSON)));
            }
            case OTHER -> mutations.add(new ValueMutation("NUL in value", text(HostileText.PERSON + HostileText.NUL)));
        }
        return mutations;
    }

    private static void text(JsonNode schema, List<ValueMutation> mutations) {
        int maxLength = schema.path("maxLength").asInt(-1);
        mutations.add(new ValueMutation("empty text", text("")));
        mutations.add(new ValueMutation("blank text", text("   ")));
        mutations.add(new ValueMutation(maxLength < 0 ? "oversized text (" + UNBOUNDED_OVERSIZE + ", no maxLength)"
                : "text over maxLength " + maxLength, text(oversized(maxLength < 0 ? UNBOUNDED_OVERSIZE : maxLength + 1))));
        mutations.add(new ValueMutation("NUL in text", text(HostileText.PERSON + HostileText.NUL + " x")));
        mutations.add(new ValueMutation("control characters in text", text(HostileText.PERSON + HostileText.CONTROLS)));
        mutations.add(new ValueMutation("forged log line in text", text(HostileText.FORGED_LINE)));
        if (schema.has("pattern") && !schema.get("pattern").asText().equals("\\S")) {
            mutations.add(new ValueMutation("text breaking pattern", text(HostileText.PERSON + " <>!")));
        }
        wrongTypesForText(mutations, "text");
    }

    private static void enumeration(JsonNode schema, List<ValueMutation> mutations) {
        String first = schema.get("enum").get(0).asText();
        mutations.add(new ValueMutation("lower-case enum value", text(first.toLowerCase())));
        mutations.add(new ValueMutation("padded enum value", text(" " + first + " ")));
        mutations.add(new ValueMutation("unknown enum value", text(HostileText.PERSON)));
        mutations.add(new ValueMutation("empty enum value", text("")));
        mutations.add(new ValueMutation("NUL in enum value", text(first + HostileText.NUL)));
        mutations.add(new ValueMutation("number for enum", IntNode.valueOf(0)));
        mutations.add(new ValueMutation("boolean for enum", BooleanNode.TRUE));
    }

    private static void date(List<ValueMutation> mutations, String time) {
        mutations.add(new ValueMutation("year 0001", text("0001-01-01" + time)));
        mutations.add(new ValueMutation("year -0001", text("-0001-01-01" + time)));
        mutations.add(new ValueMutation("year +99999", text("+99999-01-01" + time)));
        mutations.add(new ValueMutation("impossible date", text("2026-02-30" + time)));
        mutations.add(new ValueMutation("number for date", IntNode.valueOf(20_000)));
        mutations.add(new ValueMutation("text for date", text(HostileText.PERSON)));
        mutations.add(new ValueMutation("NUL in date", text("2026-01-15" + time + HostileText.NUL)));
    }

    private static void uuid(List<ValueMutation> mutations) {
        mutations.add(new ValueMutation("text for uuid", text(HostileText.PERSON)));
        mutations.add(new ValueMutation("NUL in uuid", text("5f0c6a1e-7b9d-4c2e-9a41-3d8e2b7c6f10" + HostileText.NUL)));
        mutations.add(new ValueMutation("number for uuid", IntNode.valueOf(1)));
    }

    private static void period(List<ValueMutation> mutations) {
        mutations.add(new ValueMutation("period P9999M", text("P9999M")));
        mutations.add(new ValueMutation("negative period", text("P-1D")));
        mutations.add(new ValueMutation("period P999999999Y", text("P999999999Y")));
        mutations.add(new ValueMutation("text for period", text(HostileText.PERSON)));
        mutations.add(new ValueMutation("number for period", IntNode.valueOf(28)));
    }

    private static void integer(JsonNode schema, List<ValueMutation> mutations) {
        mutations.add(new ValueMutation("Long.MAX_VALUE", LongNode.valueOf(Long.MAX_VALUE)));
        mutations.add(new ValueMutation("beyond Long.MAX_VALUE",
                NODES.numberNode(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE))));
        mutations.add(new ValueMutation("Long.MIN_VALUE", LongNode.valueOf(Long.MIN_VALUE)));
        mutations.add(new ValueMutation("-1", IntNode.valueOf(-1)));
        if ("int32".equals(schema.path("format").asText())) {
            mutations.add(new ValueMutation("beyond Integer.MAX_VALUE", LongNode.valueOf(Integer.MAX_VALUE + 1L)));
        }
        if (schema.has("minimum")) {
            mutations.add(new ValueMutation("below minimum", NODES.numberNode(schema.get("minimum").decimalValue()
                    .subtract(BigDecimal.ONE).toBigInteger())));
        }
        if (schema.has("maximum")) {
            mutations.add(new ValueMutation("above maximum", NODES.numberNode(schema.get("maximum").decimalValue()
                    .add(BigDecimal.ONE).toBigInteger())));
        }
        mutations.add(new ValueMutation("1e308 for integer", DoubleNode.valueOf(1e308)));
        mutations.add(new ValueMutation("fraction for integer", DoubleNode.valueOf(1.5)));
        mutations.add(new ValueMutation("text for number", text("12")));
        mutations.add(new ValueMutation("boolean for number", BooleanNode.TRUE));
    }

    private static void number(List<ValueMutation> mutations) {
        mutations.add(new ValueMutation("1e308", DoubleNode.valueOf(1e308)));
        mutations.add(new ValueMutation("-1e308", DoubleNode.valueOf(-1e308)));
        mutations.add(new ValueMutation("1e400 (beyond double)", DecimalNode.valueOf(new BigDecimal("1e400"))));
        mutations.add(new ValueMutation("-1", IntNode.valueOf(-1)));
        mutations.add(new ValueMutation("text for number", text("7.5")));
        mutations.add(new ValueMutation("NaN as text", text("NaN")));
        mutations.add(new ValueMutation("boolean for number", BooleanNode.TRUE));
    }

    private static void bool(List<ValueMutation> mutations) {
        mutations.add(new ValueMutation("number for boolean", IntNode.valueOf(2)));
        mutations.add(new ValueMutation("zero for boolean", IntNode.valueOf(0)));
        mutations.add(new ValueMutation("text for boolean", text("true")));
        mutations.add(new ValueMutation("yes for boolean", text("yes")));
    }

    private static void array(JsonNode schema, JsonNode valid, List<ValueMutation> mutations) {
        mutations.add(new ValueMutation("empty list", NODES.arrayNode()));
        int maxItems = schema.path("maxItems").asInt(-1);
        int count = maxItems < 0 ? UNBOUNDED_TOO_MANY : maxItems + 1;
        ArrayNode tooMany = NODES.arrayNode();
        JsonNode item = valid != null && valid.isArray() && !valid.isEmpty() ? valid.get(0) : text(HostileText.PERSON);
        for (int i = 0; i < count; i++) {
            tooMany.add(item.deepCopy());
        }
        mutations.add(new ValueMutation(maxItems < 0 ? "too many items (" + count + ", no maxItems)"
                : "items over maxItems " + maxItems, tooMany));
        mutations.add(new ValueMutation("text for list", text(HostileText.PERSON)));
        mutations.add(new ValueMutation("object for list", NODES.objectNode().put("item", HostileText.PERSON)));
        mutations.add(new ValueMutation("null item", NODES.arrayNode().addNull()));
    }

    private static void wrongTypesForText(List<ValueMutation> mutations, String what) {
        mutations.add(new ValueMutation("number for " + what, IntNode.valueOf(42)));
        mutations.add(new ValueMutation("boolean for " + what, BooleanNode.TRUE));
        mutations.add(new ValueMutation("object for " + what, NODES.objectNode().put("text", HostileText.PERSON)));
        mutations.add(new ValueMutation("list for " + what, NODES.arrayNode().add(HostileText.PERSON)));
    }

    /** The personal value repeated to exactly {@code length} characters. */
    static String oversized(int length) {
        StringBuilder out = new StringBuilder(length);
        while (out.length() < length) {
            out.append(HostileText.PERSON).append(' ');
        }
        return out.substring(0, length);
    }

    private static TextNode text(String value) {
        return TextNode.valueOf(value);
    }
}
