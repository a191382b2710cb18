package org.redress.complaints.complaint.infrastructure;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Converter;

import org.redress.complaints.complaint.domain.Flag;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * One element of {@code complaint.flags}, a JSON array of the flags recorded with a step. They never
 * resolve, so no resolution is stored; the flags that last for a time (a hold past its review date…)
 * are read from the complaint's own dates, not stored.
 */
public record StoredFlag(String code, LocalDate raisedOn, String detail) {

    static List<StoredFlag> from(List<Flag> flags) {
        return flags.stream().map(f -> new StoredFlag(f.code(), f.raisedOn(), f.detail())).toList();
    }

    static List<Flag> toDomain(List<StoredFlag> stored) {
        return stored == null ? List.of() : stored.stream().map(f -> new Flag(f.code, f.raisedOn, f.detail)).toList();
    }

    /** Writes the column from a list of this shape and reads it back strictly. */
    @Converter
    public static final class Column extends StoredDocuments.Column<List<StoredFlag>> {

        public Column() {
            super(new TypeReference<>() {
            });
        }
    }
}
