package org.redress.assessments.ehcplan.domain;

import java.util.List;

import org.redress.assessments.assessment.domain.EhcPlanHolders;

/** Where the EHC plan updates of children are kept; whether a child has a plan is what assessments ask of it. */
public interface EhcPlans extends EhcPlanHolders {

    void add(EhcPlanUpdate update);

    /** The child's EHC plan updates, newest issued first. */
    List<EhcPlanUpdate> forChild(String childRef, int page, int size);

    long countForChild(String childRef);
}
