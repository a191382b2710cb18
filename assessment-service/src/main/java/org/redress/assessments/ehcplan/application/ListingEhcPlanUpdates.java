package org.redress.assessments.ehcplan.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.assessments.assessment.application.AssessmentAccess;
import org.redress.assessments.assessment.domain.Assessment;
import org.redress.assessments.assessment.domain.AssessmentRepository;
import org.redress.assessments.assessment.domain.AssessmentScope;
import org.redress.assessments.ehcplan.domain.EhcPlanUpdate;
import org.redress.assessments.ehcplan.domain.EhcPlans;

/**
 * Lists a child's EHC plan updates as the caller may see them: only if they may read one of the child's
 * assessments, and with each flag naming only the assessments they may read ({@link EhcPlanUpdate#seenWith}).
 */
@ApplicationScoped
public class ListingEhcPlanUpdates {

    private final EhcPlans plans;
    private final AssessmentRepository assessments;
    private final AssessmentAccess access;

    public ListingEhcPlanUpdates(EhcPlans plans, AssessmentRepository assessments, AssessmentAccess access) {
        this.plans = plans;
        this.assessments = assessments;
        this.access = access;
    }

    /** How many updates of the child's plan the caller may see: none unless one of its assessments is theirs. */
    public long count(String childRef) {
        return plans.countForChild(childRef, access.scope());
    }

    /** One page of the child's plan updates, newest issued first, as the caller may see them. */
    public List<EhcPlanUpdate> page(String childRef, int page, int size) {
        AssessmentScope scope = access.scope();
        List<EhcPlanUpdate> updates = plans.forChild(childRef, scope, page, size);
        if (scope.everything() || updates.isEmpty()) {
            // nothing to withhold, so the child's assessments need not be read
            return updates;
        }
        List<Assessment> childsAssessments = assessments.forChild(childRef);
        return updates.stream().map(update -> update.seenWithin(scope, childsAssessments)).toList();
    }
}
