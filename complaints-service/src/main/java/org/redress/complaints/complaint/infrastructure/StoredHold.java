package org.redress.complaints.complaint.infrastructure;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Converter;

import org.redress.complaints.complaint.domain.Hold;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * One element of {@code complaint.holds}, a JSON array of the holds the complaint has been put on. A hold stored
 * before reviews were recorded has no reviewedOn, and reads as unreviewed.
 */
public record StoredHold(String reason, LocalDate heldOn, LocalDate complainantToldOn, LocalDate reviewOn,
        LocalDate releasedOn, LocalDate reviewedOn) {

    static List<StoredHold> from(List<Hold> holds) {
        return holds.stream().map(h -> new StoredHold(h.reason().name(), h.heldOn(), h.complainantToldOn(),
                h.reviewOn(), h.releasedOn(), h.reviewedOn())).toList();
    }

    static List<Hold> toDomain(List<StoredHold> stored) {
        return stored == null ? List.of() : stored.stream().map(h -> new Hold(Hold.HoldReason.valueOf(h.reason),
                h.heldOn, h.complainantToldOn, h.reviewOn, h.releasedOn, h.reviewedOn)).toList();
    }

    /** Writes the column from a list of this shape and reads it back strictly. */
    @Converter
    public static final class Column extends StoredDocuments.Column<List<StoredHold>> {

        public Column() {
            super(new TypeReference<>() {
            });
        }
    }
}
