package org.redress.complaints.complaint.infrastructure;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Converter;

import org.redress.complaints.complaint.domain.Decline;

import com.fasterxml.jackson.core.type.TypeReference;

/** One element of {@code complaint.declines}, a JSON array of the council's declines to consider it. */
public record StoredDecline(String scope, List<Integer> points, String proceedings, LocalDate declinedOn,
        LocalDate complainantToldInWritingOn, LocalDate reviewOn, LocalDate proceedingsEndedOn, LocalDate resumedOn) {

    static List<StoredDecline> from(List<Decline> declines) {
        return declines.stream().map(d -> new StoredDecline(d.scope().name(), d.points(), d.proceedings().name(),
                d.declinedOn(), d.complainantToldInWritingOn(), d.reviewOn(), d.proceedingsEndedOn(), d.resumedOn()))
                .toList();
    }

    static List<Decline> toDomain(List<StoredDecline> stored) {
        return stored == null ? List.of() : stored.stream().map(d -> new Decline(Decline.Scope.valueOf(d.scope),
                d.points, Decline.Proceedings.valueOf(d.proceedings), d.declinedOn, d.complainantToldInWritingOn,
                d.reviewOn, d.proceedingsEndedOn, d.resumedOn)).toList();
    }

    /** Writes the column from a list of this shape and reads it back strictly. */
    @Converter
    public static final class Column extends StoredDocuments.Column<List<StoredDecline>> {

        public Column() {
            super(new TypeReference<>() {
            });
        }
    }
}
