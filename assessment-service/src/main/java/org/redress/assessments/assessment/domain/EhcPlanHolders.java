package org.redress.assessments.assessment.domain;

/**
 * Which children have an EHC plan: a completed assessment's social care needs must reach the
 * child's plan (DOMAIN §3, sections H1 and H2). A port: the EHC plan feature keeps the plans.
 */
public interface EhcPlanHolders {

    /** Whether an EHC plan update was recorded for the child: the child has an EHC plan. */
    boolean childHasPlan(String childRef);
}
