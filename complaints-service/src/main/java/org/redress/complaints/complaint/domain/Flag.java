package org.redress.complaints.complaint.domain;

import java.time.LocalDate;

/**
 * Something accepted but not right, shown on the complaint and in its timeline so that a
 * manager sees it now rather than the Ombudsman later.
 *
 * @param code     e.g. {@code ROUTED_AWAY_FROM_STATUTORY}
 * @param raisedOn the day it was raised
 * @param detail   why, in words
 */
public record Flag(String code, LocalDate raisedOn, String detail) {

    public static final String ROUTED_AWAY_FROM_STATUTORY = "ROUTED_AWAY_FROM_STATUTORY";
    public static final String STAGE_2_REQUESTED_LATE = "STAGE_2_REQUESTED_LATE";
    public static final String STAGE_3_REQUESTED_LATE = "STAGE_3_REQUESTED_LATE";
    public static final String OUT_OF_TIME_ACCEPTED = "OUT_OF_TIME_ACCEPTED";
    public static final String HOLD_PAST_REVIEW = "HOLD_PAST_REVIEW";
    public static final String DECLINE_PAST_REVIEW = "DECLINE_PAST_REVIEW";
    public static final String STANDING_DECISION_OVERDUE = "STANDING_DECISION_OVERDUE";
    public static final String STANDING_WITHOUT_CHILD_VIEWS = "STANDING_WITHOUT_CHILD_VIEWS";
    public static final String RIGHT_TO_STAGE_3_NOT_TOLD = "RIGHT_TO_STAGE_3_NOT_TOLD";
    public static final String OMBUDSMAN_NOT_TOLD = "OMBUDSMAN_NOT_TOLD";
    public static final String EARLY_REFERRAL_CONDITIONS_NOT_MET = "EARLY_REFERRAL_CONDITIONS_NOT_MET";
}
