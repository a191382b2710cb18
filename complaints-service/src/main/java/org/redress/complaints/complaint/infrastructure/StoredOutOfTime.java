package org.redress.complaints.complaint.infrastructure;

import java.time.LocalDate;

import jakarta.persistence.Converter;

import org.redress.complaints.complaint.domain.OutOfTimeDecision;

/** The stored shape of {@code complaint.out_of_time}: the decision on a complaint made after 12 months. */
public record StoredOutOfTime(boolean accepted, String reason, LocalDate decidedOn) {

    static StoredOutOfTime from(OutOfTimeDecision decision) {
        return decision == null ? null : new StoredOutOfTime(decision.accepted(), decision.reason(), decision.decidedOn());
    }

    OutOfTimeDecision toDomain() {
        return new OutOfTimeDecision(accepted, reason, decidedOn);
    }

    /** Writes the column from this shape and reads it back strictly. */
    @Converter
    public static final class Column extends StoredDocuments.Column<StoredOutOfTime> {

        public Column() {
            super(StoredOutOfTime.class);
        }
    }
}
