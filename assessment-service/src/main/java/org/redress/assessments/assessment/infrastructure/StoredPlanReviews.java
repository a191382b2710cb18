package org.redress.assessments.assessment.infrastructure;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Converter;

import org.redress.assessments.storage.StoredColumn;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The stored shape of {@code assessment.cin_plan_reviews}: the days the child in need plan was
 * reviewed, in order, e.g. {@code [[2026,11,24]]}.
 */
public record StoredPlanReviews(List<LocalDate> reviews) {

    /** Refuses a missing list and a missing day in it. */
    public StoredPlanReviews {
        reviews = List.copyOf(reviews);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static StoredPlanReviews of(List<LocalDate> reviews) {
        return new StoredPlanReviews(reviews);
    }

    @JsonValue
    List<LocalDate> json() {
        return reviews;
    }

    /** Writes the column from this shape and reads it back strictly. */
    @Converter
    public static final class Column extends StoredColumn<StoredPlanReviews> {
        public Column() {
            super(StoredPlanReviews.class);
        }
    }
}
