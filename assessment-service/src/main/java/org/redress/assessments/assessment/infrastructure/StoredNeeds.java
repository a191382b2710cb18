package org.redress.assessments.assessment.infrastructure;

import java.util.List;

import jakarta.persistence.Converter;

import org.redress.assessments.assessment.domain.Need;
import org.redress.assessments.assessment.domain.NeedArea;
import org.redress.assessments.assessment.domain.WayMet;
import org.redress.assessments.storage.StoredColumn;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The stored shape of {@code assessment.needs}: the needs found, one object each, every property written. */
public record StoredNeeds(List<StoredNeed> needs) {

    /** One need as stored. */
    public record StoredNeed(String code, NeedArea area, String description, boolean eligible, Integer criteriaScore,
            WayMet wayMet, String reason, boolean inHomeShortBreaksConsidered) {
    }

    public StoredNeeds {
        needs = List.copyOf(needs);
    }

    public static StoredNeeds from(List<Need> needs) {
        return new StoredNeeds(needs.stream().map(n -> new StoredNeed(n.code(), n.area(), n.description(), n.eligible(),
                n.criteriaScore(), n.wayMet(), n.reason(), n.inHomeShortBreaksConsidered())).toList());
    }

    public List<Need> toDomain() {
        return needs.stream().map(n -> new Need(n.code(), n.area(), n.description(), n.eligible(), n.criteriaScore(),
                n.wayMet(), n.reason(), n.inHomeShortBreaksConsidered())).toList();
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static StoredNeeds of(List<StoredNeed> needs) {
        return new StoredNeeds(needs);
    }

    @JsonValue
    List<StoredNeed> json() {
        return needs;
    }

    /** Writes the column from this shape and reads it back strictly. */
    @Converter
    public static final class Column extends StoredColumn<StoredNeeds> {
        public Column() {
            super(StoredNeeds.class);
        }
    }
}
