package org.redress.complaints.complaint.domain;

/**
 * Who the complainant is in relation to the child. The statutory children's procedure is open
 * to each of these (Children Act 1989 s26(3); Regs 2006); {@code SUFFICIENT_INTEREST} is the one
 * whose standing the council must decide.
 */
public enum ComplainantRole {
    CHILD_OR_YOUNG_PERSON,
    PARENT,
    PERSON_WITH_PARENTAL_RESPONSIBILITY,
    LOCAL_AUTHORITY_FOSTER_CARER,
    SPECIAL_GUARDIAN,
    CARE_LEAVER,
    SPECIAL_GUARDIANSHIP_SUPPORT_APPLICANT,
    SUFFICIENT_INTEREST
}
