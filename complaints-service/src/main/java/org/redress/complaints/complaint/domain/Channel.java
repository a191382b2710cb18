package org.redress.complaints.complaint.domain;

/** How the complaint reached the council. */
public enum Channel {
    EMAIL, LETTER, PHONE, ONLINE_FORM, IN_PERSON, ADVOCATE, MP_OR_COUNCILLOR
}
