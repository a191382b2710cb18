package org.redress.servicekit.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

import org.redress.servicekit.text.ControlCharacters;

/**
 * Reads every JSON string in a request or event, refusing control characters. Registered for
 * {@code String}, so it covers every text field, list element and nested record without an
 * annotation on each: a NUL would otherwise reach PostgreSQL, which cannot store it.
 */
final class NarrativeText extends StringDeserializer {

    private static final long serialVersionUID = 1L;

    static final String REASON = "contains a control character: only tab, line feed and carriage return are accepted in text";

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = super.deserialize(parser, context);
        if (text != null && ControlCharacters.inNarrative(text)) {
            throw new RefusedValue(parser, String.class, REASON);
        }
        return text;
    }
}
