package org.redress.testkit.fuzz;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A wrong or boundary value for one field or parameter.
 *
 * @param label what is wrong with it, e.g. {@code NUL in text}
 * @param value the value to put in its place; {@code null} (Java) removes the field
 */
record ValueMutation(String label, JsonNode value) {

    static final String MISSING = "missing";

    static ValueMutation missing() {
        return new ValueMutation(MISSING, null);
    }
}
