package org.redress.assessments.assessment.infrastructure;

import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.Converter;

import org.redress.assessments.assessment.domain.Csdpa2Category;
import org.redress.assessments.storage.StoredColumn;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The stored shape of {@code assessment.csdpa_s2}: each CSDPA s2 category considered and whether it
 * is needed, e.g. {@code {"TRAVEL_ASSISTANCE":false}}.
 */
public record StoredCsdpaS2(Map<Csdpa2Category, Boolean> considered) {

    /** Refuses a missing map and a category without its answer. */
    public StoredCsdpaS2 {
        considered = Map.copyOf(considered);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static StoredCsdpaS2 of(Map<Csdpa2Category, Boolean> considered) {
        return new StoredCsdpaS2(considered);
    }

    /** In the categories' order, as they were always written. */
    @JsonValue
    Map<Csdpa2Category, Boolean> json() {
        return new TreeMap<>(considered);
    }

    /** Writes the column from this shape and reads it back strictly. */
    @Converter
    public static final class Column extends StoredColumn<StoredCsdpaS2> {
        public Column() {
            super(StoredCsdpaS2.class);
        }
    }
}
