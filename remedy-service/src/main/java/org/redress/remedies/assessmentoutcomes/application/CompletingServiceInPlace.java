package org.redress.remedies.assessmentoutcomes.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.redress.remedies.remedycases.application.RemedyCaseChanges;
import org.redress.remedies.remedycases.domain.Change;
import org.redress.remedies.remedycases.domain.RemedyCase;
import org.redress.remedies.remedycases.domain.RemedyCaseRepository;

/**
 * Provision started for a child: every open action, on any case, to put a service in place for that child is
 * completed on the day it started, with the provision as its evidence. The same provision announced again finds
 * them completed and changes nothing.
 */
@ApplicationScoped
public class CompletingServiceInPlace {

    private static final Logger LOG = Logger.getLogger(CompletingServiceInPlace.class);

    private final RemedyCaseChanges changes;
    private final RemedyCaseRepository remedyCases;
    private final Clock clock;

    public CompletingServiceInPlace(RemedyCaseChanges changes, RemedyCaseRepository remedyCases, Clock clock) {
        this.changes = changes;
        this.remedyCases = remedyCases;
        this.clock = clock;
    }

    @Transactional
    public void provisionStarted(String childRef, UUID provisionId, LocalDate startedOn) {
        for (UUID caseId : remedyCases.withServiceToPutInPlaceFor(childRef)) {
            RemedyCase remedyCase = changes.load(caseId);
            Change change = remedyCase.provisionStarted(childRef, provisionId, startedOn, LocalDate.now(clock));
            if (change != null) {
                changes.commit(remedyCase, change, null, "remedy-action.service-in-place");
                LOG.infof("remedy case %s: service in place from provision %s", remedyCase.reference(), provisionId);
            }
        }
    }
}
