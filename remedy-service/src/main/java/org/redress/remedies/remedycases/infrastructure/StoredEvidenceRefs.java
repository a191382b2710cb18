package org.redress.remedies.remedycases.infrastructure;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The stored shape of {@code remedy_timeline.evidence_refs}: a JSON array of the evidence
 * references, e.g. {@code ["DOC-1"]}. Its own record, so the domain's {@code TimelineEntry}
 * can change without changing what is stored.
 */
public record StoredEvidenceRefs(List<String> references) {

    /** Refuses a missing list and a missing evidence reference in it. */
    public StoredEvidenceRefs {
        references = List.copyOf(references);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static StoredEvidenceRefs of(List<String> references) {
        return new StoredEvidenceRefs(references);
    }

    @JsonValue
    List<String> json() {
        return references;
    }

    /** Writes the column from this shape and reads it back strictly. */
    @Converter
    public static final class Column implements AttributeConverter<StoredEvidenceRefs, String> {

        @Override
        public String convertToDatabaseColumn(StoredEvidenceRefs stored) {
            return stored == null ? null : StoredDocuments.write(stored);
        }

        @Override
        public StoredEvidenceRefs convertToEntityAttribute(String json) {
            return json == null ? null : StoredDocuments.read(json, StoredEvidenceRefs.class);
        }
    }
}
