package org.redress.complaints.complaint.infrastructure;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Converter;

import org.redress.complaints.complaint.domain.OmbudsmanDecision;

/** The stored shape of {@code complaint.ombudsman}: the Ombudsman's decision and the actions agreed. */
public record StoredOmbudsman(String reference, boolean earlyReferral, LocalDate decisionDate, String finding,
        boolean formalReport, List<StoredAction> actions, LocalDate councilReplyDueOn) {

    static StoredOmbudsman from(OmbudsmanDecision decision) {
        return decision == null ? null : new StoredOmbudsman(decision.reference(), decision.earlyReferral(),
                decision.decisionDate(), decision.finding().name(), decision.formalReport(),
                StoredAction.from(decision.actions()), decision.councilReplyDueOn());
    }

    OmbudsmanDecision toDomain() {
        return new OmbudsmanDecision(reference, earlyReferral, decisionDate, OmbudsmanDecision.Finding.valueOf(finding),
                formalReport, StoredAction.toDomain(actions), councilReplyDueOn);
    }

    /** Writes the column from this shape and reads it back strictly. */
    @Converter
    public static final class Column extends StoredDocuments.Column<StoredOmbudsman> {

        public Column() {
            super(StoredOmbudsman.class);
        }
    }
}
