package org.redress.assessments.reassessments.domain;

import java.util.List;

/** Where the EHC plan updates of children are kept. */
public interface EhcPlans {

    void add(EhcPlanUpdate update);

    /** Whether an EHC plan update was recorded for the child: the child has an EHC plan. */
    boolean childHasPlan(String childRef);

    /** The child's EHC plan updates, newest issued first. */
    List<EhcPlanUpdate> forChild(String childRef, int page, int size);

    long countForChild(String childRef);
}
