package org.redress.assessments.ehcplan.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.assessments.assessment.application.AssessmentAccess;
import org.redress.assessments.assessment.domain.Assessment;
import org.redress.assessments.assessment.domain.AssessmentRepository;
import org.redress.assessments.ehcplan.domain.EhcPlanUpdate;
import org.redress.assessments.ehcplan.domain.EhcPlans;
import org.redress.servicekit.audit.AuditTrail;

/**
 * Records an update of a child's EHC plan and, when it says "no social care needs" while an
 * assessment of the child is open, flags it and each open assessment, in one transaction. The update is
 * answered as the caller may see it: its flags name only the assessments they may read.
 */
@ApplicationScoped
public class RecordingEhcPlanUpdate {

    private final EhcPlans plans;
    private final AssessmentRepository assessments;
    private final AuditTrail audit;
    private final AssessmentAccess access;
    private final Clock clock;

    public RecordingEhcPlanUpdate(EhcPlans plans, AssessmentRepository assessments, AuditTrail audit,
            AssessmentAccess access, Clock clock) {
        this.plans = plans;
        this.assessments = assessments;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public EhcPlanUpdate record(String childRef, LocalDate issuedOn, boolean noSocialCareNeeds) {
        List<Assessment> open = assessments.openForChild(childRef);
        EhcPlanUpdate update = EhcPlanUpdate.record(UUID.randomUUID(), childRef, issuedOn, noSocialCareNeeds, open,
                LocalDate.now(clock));
        plans.add(update);
        if (!update.flags().isEmpty()) {
            open.forEach(assessments::update);
        }
        audit.record("ehc-plan.update-recorded", "ehc-plan-update", update.id().toString());
        return update.seenWithin(access.scope(), open);
    }
}
