package org.redress.servicekit.problem;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;

/** Turns Jackson's reference chain, or a parser's position, into a field path such as {@code points[1].summary}. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(List<Reference> path) {
        StringBuilder field = new StringBuilder();
        for (Reference reference : path) {
            append(field, reference.getFieldName(), reference.getIndex());
        }
        return field.toString();
    }

    /** Where the parser stood: the field being read when the input could no longer be parsed. */
    static String of(JsonStreamContext position) {
        Deque<JsonStreamContext> outermostFirst = new ArrayDeque<>();
        for (JsonStreamContext context = position; context != null && !context.inRoot(); context = context.getParent()) {
            outermostFirst.push(context);
        }
        StringBuilder field = new StringBuilder();
        for (JsonStreamContext context : outermostFirst) {
            if (context.inObject()) {
                append(field, context.getCurrentName(), -1);
            } else if (context.hasCurrentIndex()) {
                append(field, null, context.getCurrentIndex());
            }
        }
        return field.toString();
    }

    private static void append(StringBuilder field, String name, int index) {
        if (name != null) {
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(name);
        } else if (index >= 0) {
            field.append('[').append(index).append(']');
        }
    }
}
