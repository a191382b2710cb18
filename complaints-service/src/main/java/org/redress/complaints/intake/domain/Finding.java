package org.redress.complaints.intake.domain;

/** The finding on one point of complaint at a stage. */
public enum Finding {
    UPHELD, PARTLY_UPHELD, NOT_UPHELD, NO_FINDING
}
