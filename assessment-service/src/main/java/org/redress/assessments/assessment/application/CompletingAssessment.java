package org.redress.assessments.assessment.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.redress.assessments.assessment.domain.Assessment;
import org.redress.assessments.assessment.domain.CaringFamilyMember;
import org.redress.assessments.assessment.domain.EhcPlanHolders;
import org.redress.assessments.assessment.domain.UnmetNeeds;
import org.redress.contracts.events.RedressEvent;

/** Completes an assessment, opens its unmet needs and announces it (with the remedy link), in one transaction. */
@ApplicationScoped
public class CompletingAssessment {

    private static final Logger LOG = Logger.getLogger(CompletingAssessment.class);

    private final AssessmentChanges changes;
    private final UnmetNeeds unmetNeeds;
    private final EhcPlanHolders ehcPlans;

    public CompletingAssessment(AssessmentChanges changes, UnmetNeeds unmetNeeds, EhcPlanHolders ehcPlans) {
        this.changes = changes;
        this.unmetNeeds = unmetNeeds;
        this.ehcPlans = ehcPlans;
    }

    /**
     * Completes the assessment on {@code completedOn}, or today when the caller gives no day; its unmet
     * needs are open from the day it was completed.
     */
    @Transactional
    public Assessment complete(UUID id, LocalDate completedOn, List<CaringFamilyMember> carers, Long expectedVersion) {
        AtomicReference<Assessment.Completion> completed = new AtomicReference<>();
        Assessment assessment = changes.apply(id, expectedVersion, "assessment.completed", (a, today) -> {
            LocalDate on = completedOn == null ? today : completedOn;
            Assessment.Completion completion = a.complete(on, today, carers);
            completed.set(completion);
            completion.unmetNeeds().forEach(need -> unmetNeeds.open(a, need, on));
            List<RedressEvent> events = new ArrayList<>();
            events.add(completion.event());
            events.addAll(completion.unmetNeedsOpened());
            events.addAll(completion.carerAssessmentsPrompted());
            // DOMAIN §3: the social care needs found must reach the child's EHC plan (sections H1, H2)
            if (ehcPlans.childHasPlan(a.childRef())) {
                events.add(a.ehcSocialCareUpdate());
            }
            return AssessmentChange.recorded(events);
        });
        LOG.infof("assessment %s completed in time=%s; %d unmet needs opened", assessment.reference(),
                completed.get().event().completedInTime(), completed.get().unmetNeeds().size());
        return assessment;
    }
}
