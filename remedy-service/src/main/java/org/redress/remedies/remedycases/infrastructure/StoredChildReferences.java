package org.redress.remedies.remedycases.infrastructure;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The stored shape of {@code remedy_case.child_references}: a JSON array of the children's
 * references, e.g. {@code ["CR-104233"]}. Its own record, so the domain's {@code NewRemedyCase}
 * can change without changing what is stored.
 */
public record StoredChildReferences(List<String> references) {

    /** Refuses a missing list and a missing reference in it. */
    public StoredChildReferences {
        references = List.copyOf(references);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static StoredChildReferences of(List<String> references) {
        return new StoredChildReferences(references);
    }

    @JsonValue
    List<String> json() {
        return references;
    }

    /** Writes the column from this shape and reads it back strictly. */
    @Converter
    public static final class Column implements AttributeConverter<StoredChildReferences, String> {

        @Override
        public String convertToDatabaseColumn(StoredChildReferences stored) {
            return stored == null ? null : StoredDocuments.write(stored);
        }

        @Override
        public StoredChildReferences convertToEntityAttribute(String json) {
            return json == null ? null : StoredDocuments.read(json, StoredChildReferences.class);
        }
    }
}
