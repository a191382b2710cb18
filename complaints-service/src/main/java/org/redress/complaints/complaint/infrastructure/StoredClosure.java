package org.redress.complaints.complaint.infrastructure;

import java.time.LocalDate;

import jakarta.persistence.Converter;

import org.redress.complaints.complaint.domain.Closure;

/** The stored shape of {@code complaint.closure}: {@code {"reason":"RESOLVED","closedOn":"2026-03-02"}}. */
public record StoredClosure(String reason, LocalDate closedOn) {

    static StoredClosure from(Closure closure) {
        return closure == null ? null : new StoredClosure(closure.reason().name(), closure.closedOn());
    }

    Closure toDomain() {
        return new Closure(Closure.Reason.valueOf(reason), closedOn);
    }

    /** Writes the column from this shape and reads it back strictly. */
    @Converter
    public static final class Column extends StoredDocuments.Column<StoredClosure> {

        public Column() {
            super(StoredClosure.class);
        }
    }
}
