package org.redress.assessments.provision.application;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.assessments.assessment.application.AssessmentChange;
import org.redress.assessments.assessment.application.AssessmentChanges;
import org.redress.assessments.assessment.domain.Assessment;
import org.redress.assessments.assessment.domain.Provision;
import org.redress.assessments.assessment.domain.UnmetNeeds;
import org.redress.contracts.events.RedressEvent;

/**
 * Records that support started for a need: announces the start, closes its unmet need and, when it started
 * late, records and announces the missed provision, in one transaction.
 */
@ApplicationScoped
public class StartingProvision {

    private final AssessmentChanges changes;
    private final UnmetNeeds unmetNeeds;

    public StartingProvision(AssessmentChanges changes, UnmetNeeds unmetNeeds) {
        this.changes = changes;
        this.unmetNeeds = unmetNeeds;
    }

    @Transactional
    public Assessment start(UUID id, Provision provision, Long expectedVersion) {
        return changes.apply(id, expectedVersion, "assessment.provision-started", (assessment, today) -> {
            List<RedressEvent> events = new ArrayList<>();
            events.addAll(assessment.startProvision(provision, today).events());
            unmetNeeds.close(assessment, provision.needCode(), provision.startedOn())
                    .map(openedOn -> assessment.unmetNeedClosed(provision.needCode(), openedOn, provision.startedOn()))
                    .ifPresent(events::add);
            return AssessmentChange.recorded(events);
        });
    }
}
