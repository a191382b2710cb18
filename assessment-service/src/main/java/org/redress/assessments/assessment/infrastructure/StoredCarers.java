package org.redress.assessments.assessment.infrastructure;

import java.util.List;

import jakarta.persistence.Converter;

import org.redress.assessments.assessment.domain.CaringFamilyMember;
import org.redress.assessments.storage.StoredColumn;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The stored shape of {@code assessment.carers}: the family members with a caring role, e.g.
 * {@code [{"relationship":"PARENT","carerAssessmentRef":null}]}.
 */
public record StoredCarers(List<Carer> carers) {

    /** One carer as stored. */
    public record Carer(CaringFamilyMember.Relationship relationship, String carerAssessmentRef) {
    }

    public StoredCarers {
        carers = List.copyOf(carers);
    }

    public static StoredCarers from(List<CaringFamilyMember> carers) {
        return new StoredCarers(carers.stream().map(c -> new Carer(c.relationship(), c.carerAssessmentRef())).toList());
    }

    public List<CaringFamilyMember> toDomain() {
        return carers.stream().map(c -> new CaringFamilyMember(c.relationship(), c.carerAssessmentRef())).toList();
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static StoredCarers of(List<Carer> carers) {
        return new StoredCarers(carers);
    }

    @JsonValue
    List<Carer> json() {
        return carers;
    }

    /** Writes the column from this shape and reads it back strictly. */
    @Converter
    public static final class Column extends StoredColumn<StoredCarers> {
        public Column() {
            super(StoredCarers.class);
        }
    }
}
