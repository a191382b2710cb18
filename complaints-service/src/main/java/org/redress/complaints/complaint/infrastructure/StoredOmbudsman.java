package org.redress.complaints.complaint.infrastructure;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Converter;

import org.redress.complaints.complaint.domain.OmbudsmanDecision;

/**
 * The stored shape of {@code complaint.ombudsman}: the Ombudsman's decision, how the complaint came to
 * the Ombudsman and the actions agreed. A decision stored before the route was kept (V013 adds it to
 * the rows it finds; an instance still running the earlier version may write one during an update)
 * reads with the route its early referral says.
 */
public record StoredOmbudsman(String reference, String route, boolean earlyReferral, LocalDate decisionDate,
        String finding, boolean formalReport, List<StoredAction> actions, LocalDate councilReplyDueOn) {

    static StoredOmbudsman from(OmbudsmanDecision decision) {
        return decision == null ? null : new StoredOmbudsman(decision.reference(), decision.route().name(),
                decision.earlyReferral(), decision.decisionDate(), decision.finding().name(), decision.formalReport(),
                StoredAction.from(decision.actions()), decision.councilReplyDueOn());
    }

    OmbudsmanDecision toDomain() {
        return new OmbudsmanDecision(reference,
                route == null ? OmbudsmanDecision.Route.fromEarlyReferral(earlyReferral)
                        : OmbudsmanDecision.Route.valueOf(route),
                earlyReferral, decisionDate, OmbudsmanDecision.Finding.valueOf(finding), formalReport, StoredAction.toDomain(actions),
                councilReplyDueOn);
    }

    /** Writes the column from this shape and reads it back strictly. */
    @Converter
    public static final class Column extends StoredDocuments.Column<StoredOmbudsman> {

        public Column() {
            super(StoredOmbudsman.class);
        }
    }
}
