package org.redress.complaints.complaint.domain;

/** The finding on one point of complaint at a stage. */
public enum Finding {
    UPHELD, PARTLY_UPHELD, NOT_UPHELD, NO_FINDING
}
