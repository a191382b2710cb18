package org.redress.complaints.complaint.domain;

/** The complaints procedure a complaint is handled under. */
public enum Procedure {
    /** Children Act 1989 Representations Procedure (England) Regulations 2006: three stages. */
    STATUTORY_CHILDREN,
    /** The council's own corporate procedure. */
    CORPORATE,
    /** Local Authority Social Services and NHS Complaints (England) Regulations 2009. */
    ADULT_SOCIAL_CARE
}
