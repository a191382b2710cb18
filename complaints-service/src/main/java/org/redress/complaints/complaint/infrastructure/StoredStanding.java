package org.redress.complaints.complaint.infrastructure;

import java.time.LocalDate;

import jakarta.persistence.Converter;

import org.redress.complaints.complaint.domain.StandingDecision;

/** The stored shape of {@code complaint.standing}: the decision on a complainant's sufficient interest. */
public record StoredStanding(String outcome, LocalDate decidedOn, boolean childViewsTakenIntoAccount,
        LocalDate childViewsTakenIntoAccountOn, String reason, LocalDate personToldOn, LocalDate childToldOn) {

    static StoredStanding from(StandingDecision standing) {
        return standing == null ? null
                : new StoredStanding(standing.outcome().name(), standing.decidedOn(),
                        standing.childViewsTakenIntoAccount(), standing.childViewsTakenIntoAccountOn(), standing.reason(),
                        standing.personToldOn(), standing.childToldOn());
    }

    StandingDecision toDomain() {
        return new StandingDecision(StandingDecision.Outcome.valueOf(outcome), decidedOn, childViewsTakenIntoAccount,
                childViewsTakenIntoAccountOn, reason, personToldOn, childToldOn);
    }

    /** Writes the column from this shape and reads it back strictly. */
    @Converter
    public static final class Column extends StoredDocuments.Column<StoredStanding> {

        public Column() {
            super(StoredStanding.class);
        }
    }
}
