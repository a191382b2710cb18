package org.redress.assessments.ehcplan.domain;

import java.util.List;

import org.redress.assessments.assessment.domain.AssessmentScope;
import org.redress.assessments.assessment.domain.EhcPlanHolders;

/** Where the EHC plan updates of children are kept; whether a child has a plan is what assessments ask of it. */
public interface EhcPlans extends EhcPlanHolders {

    void add(EhcPlanUpdate update);

    /**
     * The child's EHC plan updates, newest issued first, when the child has an assessment in {@code scope}: a plan
     * update is part of the child's case, shown to whoever may read one of the child's assessments, and to no one
     * else (none, as for a child with no plan).
     */
    List<EhcPlanUpdate> forChild(String childRef, AssessmentScope scope, int page, int size);

    long countForChild(String childRef, AssessmentScope scope);
}
