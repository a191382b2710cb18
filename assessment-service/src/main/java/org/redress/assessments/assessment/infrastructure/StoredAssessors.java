package org.redress.assessments.assessment.infrastructure;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Converter;

import org.redress.assessments.assessment.domain.AssessorAssignment;
import org.redress.assessments.storage.StoredColumn;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The stored shape of {@code assessment.assessors}: the social workers assigned over time, e.g.
 * {@code [{"assessor":"sw-0147","from":[2026,11,25]}]}.
 */
public record StoredAssessors(List<Assignment> assignments) {

    /** One assignment as stored. */
    public record Assignment(String assessor, LocalDate from) {
    }

    public StoredAssessors {
        assignments = List.copyOf(assignments);
    }

    public static StoredAssessors from(List<AssessorAssignment> assessors) {
        return new StoredAssessors(assessors.stream().map(a -> new Assignment(a.assessor(), a.from())).toList());
    }

    public List<AssessorAssignment> toDomain() {
        return assignments.stream().map(a -> new AssessorAssignment(a.assessor(), a.from())).toList();
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static StoredAssessors of(List<Assignment> assignments) {
        return new StoredAssessors(assignments);
    }

    @JsonValue
    List<Assignment> json() {
        return assignments;
    }

    /** Writes the column from this shape and reads it back strictly. */
    @Converter
    public static final class Column extends StoredColumn<StoredAssessors> {
        public Column() {
            super(StoredAssessors.class);
        }
    }
}
