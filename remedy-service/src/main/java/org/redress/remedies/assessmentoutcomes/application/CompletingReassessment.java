package org.redress.remedies.assessmentoutcomes.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.redress.remedies.remedycases.application.RemedyCaseChanges;
import org.redress.remedies.remedycases.domain.RemedyCase;
import org.redress.remedies.remedycases.domain.RemedyCaseRepository;
import org.redress.remedies.remedycases.domain.TimelineEntry;

/**
 * A reassessment a remedy asked for came back complete from assessment-service: the action is
 * completed with the assessment as its evidence once every child's reassessment is in.
 */
@ApplicationScoped
public class CompletingReassessment {

    private static final Logger LOG = Logger.getLogger(CompletingReassessment.class);

    private final RemedyCaseChanges changes;
    private final RemedyCaseRepository remedyCases;
    private final Clock clock;

    public CompletingReassessment(RemedyCaseChanges changes, RemedyCaseRepository remedyCases, Clock clock) {
        this.changes = changes;
        this.remedyCases = remedyCases;
        this.clock = clock;
    }

    @Transactional
    public void completed(UUID caseId, UUID actionId, String assessmentRef, LocalDate completedOn) {
        RemedyCase remedyCase = changes.load(caseId);
        String evidence = "assessment:" + assessmentRef;
        var earlier = remedyCases.timeline(caseId).stream()
                .filter(e -> e.actionId().equals(actionId))
                .flatMap(e -> e.evidenceRefs().stream())
                .filter(ref -> ref.startsWith("assessment:"))
                .distinct().toList();
        if (earlier.contains(evidence) || remedyCase.action(actionId).status().isComplete()) {
            // the same assessment announced again under a new event id: already counted
            LOG.infof("remedy case %s: assessment %s already recorded on action %s", remedyCase.reference(),
                    assessmentRef, actionId);
            return;
        }
        changes.commit(remedyCase, remedyCase.reassessmentCompleted(actionId, assessmentRef, completedOn,
                earlier.size(), LocalDate.now(clock)), null, "remedy-action.reassessment-completed");
    }
}
