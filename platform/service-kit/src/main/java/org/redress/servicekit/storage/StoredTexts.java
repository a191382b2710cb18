package org.redress.servicekit.storage;

import java.util.List;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The stored shape of a column that is a plain JSON array of texts, e.g. {@code ["CR-104233"]}: a
 * complaint's or a remedy case's child references, a complaint's points, an assessment's conditions.
 * Its own record, so the domain records those texts come from can change without changing what is stored.
 */
public record StoredTexts(@JsonValue List<String> values) {

    /** Refuses a missing list and a missing text in it. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public StoredTexts {
        values = List.copyOf(values);
    }

    /** Writes a column of texts from this shape and reads it back strictly. */
    @Converter
    public static final class Column extends StoredJsonColumn<StoredTexts> {

        private static final StoredJson JSON = StoredJson.daysAsText();

        public Column() {
            super(JSON, StoredTexts.class);
        }
    }
}
