package org.redress.complaints.complaint.infrastructure;

import java.util.List;

import jakarta.persistence.Converter;

import org.redress.complaints.complaint.domain.SubjectMatter;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The stored shape of the complaint's columns that are a plain JSON array of texts, e.g.
 * {@code ["CR-104233"]}: {@code child_references}, {@code points}, {@code desired_outcomes} and
 * {@code subject_matters} (the names of the subject matters). Its own record, so the domain's
 * {@code NewComplaint} can change without changing what is stored.
 */
public record StoredStrings(@JsonValue List<String> values) {

    /** Refuses a missing list and a missing text in it. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public StoredStrings {
        values = List.copyOf(values);
    }

    static StoredStrings of(List<String> values) {
        return new StoredStrings(values);
    }

    /** The subject matters, by name. */
    static StoredStrings ofSubjectMatters(List<SubjectMatter> subjectMatters) {
        return new StoredStrings(subjectMatters.stream().map(Enum::name).toList());
    }

    List<SubjectMatter> subjectMatters() {
        return values.stream().map(SubjectMatter::valueOf).toList();
    }

    /** Writes a column of texts from this shape and reads it back strictly. */
    @Converter
    public static final class Column extends StoredDocuments.Column<StoredStrings> {

        public Column() {
            super(StoredStrings.class);
        }
    }
}
