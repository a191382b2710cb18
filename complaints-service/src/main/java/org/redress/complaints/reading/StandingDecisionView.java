package org.redress.complaints.reading;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.complaint.domain.StandingDecision;

/** The decision on a sufficient-interest complainant's standing as the API shows it. */
@Schema(name = "StandingDecision")
public record StandingDecisionView(
        StandingDecision.Outcome outcome,
        LocalDate decidedOn,
        boolean childViewsTakenIntoAccount,
        @Schema(description = "Absent when the child's views were not taken into account", nullable = true)
        LocalDate childViewsTakenIntoAccountOn,
        @Schema(description = "Always given for a refusal; may be absent for an acceptance", nullable = true)
        String reason,
        @Schema(description = "Always given for a refusal; may be absent for an acceptance", nullable = true)
        LocalDate personToldOn,
        @Schema(description = "Absent unless the child was told", nullable = true) LocalDate childToldOn) {

    static StandingDecisionView of(StandingDecision decision) {
        return decision == null ? null
                : new StandingDecisionView(decision.outcome(), decision.decidedOn(),
                        decision.childViewsTakenIntoAccount(), decision.childViewsTakenIntoAccountOn(),
                        decision.reason(), decision.personToldOn(), decision.childToldOn());
    }
}
