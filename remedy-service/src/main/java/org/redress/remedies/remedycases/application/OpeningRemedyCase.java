package org.redress.remedies.remedycases.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.redress.contracts.CaseReference;
import org.redress.contracts.events.RemedyEvent;
import org.redress.remedies.remedycases.domain.NewRemedyCase;
import org.redress.remedies.remedycases.domain.OneCasePerDecision;
import org.redress.remedies.remedycases.domain.RemedyCase;
import org.redress.remedies.remedycases.domain.RemedyCaseRepository;

/**
 * Opens a remedy case for what a decision agreed and announces it, in one transaction. Used by
 * the HTTP API, the ActionsAgreed consumer and missed provision alike, so the same rules apply to
 * all three; each gives the decision date of what opened the case, never the day it was recorded.
 */
@ApplicationScoped
public class OpeningRemedyCase {

    static final String REFERENCE_PREFIX = "REM";
    private static final Logger LOG = Logger.getLogger(OpeningRemedyCase.class);

    private final RemedyCaseRepository remedyCases;
    private final RemedyCaseChanges changes;
    private final Clock clock;

    public OpeningRemedyCase(RemedyCaseRepository remedyCases, RemedyCaseChanges changes, Clock clock) {
        this.remedyCases = remedyCases;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public RemedyCase open(NewRemedyCase details) {
        refuseSecondCaseForTheSameDecision(details);
        CaseReference reference = new CaseReference(REFERENCE_PREFIX, details.decisionDate().getYear(),
                remedyCases.nextReferenceSerial());
        RemedyCase.Opening opening = RemedyCase.open(UUID.randomUUID(), reference, details, LocalDate.now(clock),
                UUID::randomUUID);
        RemedyCase opened = changes.open(opening);
        for (RemedyEvent event : opening.events()) {
            LOG.infof("remedy case %s: %s appended", reference, event.getClass().getSimpleName());
        }
        return opened;
    }

    /** Checked up front for a clear answer; the repository turns a lost race into the same violation. */
    private void refuseSecondCaseForTheSameDecision(NewRemedyCase details) {
        if (details.complaintId() != null
                && remedyCases.existsForDecision(details.complaintId(), details.source(), details.decisionDate())) {
            throw OneCasePerDecision.violation(details.source(), details.decisionDate());
        }
    }
}
