package org.redress.servicekit.problem;

import java.util.List;

import com.fasterxml.jackson.databind.JsonMappingException.Reference;

/** Turns Jackson's reference chain into a field path such as {@code points[1].summary}. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(List<Reference> path) {
        StringBuilder field = new StringBuilder();
        for (Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
