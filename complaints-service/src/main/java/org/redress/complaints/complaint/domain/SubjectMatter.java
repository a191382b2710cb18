package org.redress.complaints.complaint.domain;

/**
 * What a complaint is about, as codes. The Part 3 codes are the council's functions under Part 3
 * of the Children Act 1989 that the statutory children's procedure must handle (s26(3)).
 */
public enum SubjectMatter {
    ASSESSMENT(Kind.PART_3), ELIGIBILITY(Kind.PART_3), SERVICES_AND_DIRECT_PAYMENTS(Kind.PART_3),
    SHORT_BREAKS(Kind.PART_3), CARER_ASSESSMENT(Kind.PART_3), CIN_PLAN(Kind.PART_3),
    LOOKED_AFTER_CARE(Kind.PART_3), LEAVING_CARE(Kind.PART_3),
    STAFF_CONDUCT(Kind.OTHER), COMMUNICATION(Kind.OTHER), DATA_PROTECTION(Kind.OTHER), SCHOOL_TRANSPORT(Kind.OTHER),
    ADULT_SOCIAL_CARE_SERVICES(Kind.ADULT);

    /** Which procedure the matter points to. */
    public enum Kind {
        PART_3, OTHER, ADULT
    }

    private final Kind kind;

    SubjectMatter(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
