package org.redress.assessments.assessment.domain;

/** How an eligible need is met, or {@link #NOT_MET}: then it is an unmet need until provision starts. */
public enum WayMet {
    FAMILY, UNIVERSAL, LOCAL_OFFER, SPECIALIST_SERVICE, SHORT_BREAKS, DIRECT_PAYMENT, NOT_MET
}
