package org.redress.assessments.assessment.infrastructure;

import java.util.List;

import jakarta.persistence.Converter;

import org.redress.assessments.storage.StoredColumn;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The stored shape of {@code assessment.conditions}: a JSON array of the conditions the assessment
 * must respect, e.g. {@code ["NAMED_CONTACT_FOR_FAMILY"]}.
 */
public record StoredConditions(List<String> conditions) {

    /** Refuses a missing list and a missing condition in it. */
    public StoredConditions {
        conditions = List.copyOf(conditions);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static StoredConditions of(List<String> conditions) {
        return new StoredConditions(conditions);
    }

    @JsonValue
    List<String> json() {
        return conditions;
    }

    /** Writes the column from this shape and reads it back strictly. */
    @Converter
    public static final class Column extends StoredColumn<StoredConditions> {
        public Column() {
            super(StoredConditions.class);
        }
    }
}
