package org.redress.complaints.complaint.domain;

import java.time.LocalDate;

/**
 * Something accepted but not right, shown on the complaint and in its timeline so that a
 * manager sees it now rather than the Ombudsman later. A flag stays on record once raised
 * (DOMAIN §5: flags are history), whether or not what it is about has since cleared.
 *
 * <p>Two kinds of flag, told apart by whether they can resolve:
 * <ul>
 * <li><b>Recorded</b> flags are raised by a step that was itself not right (a route away from the
 * statutory procedure, a late stage request accepted, a decision without the child's views, a
 * complainant not told of the next step). The fault happened on that day and nothing later undoes
 * it, so they have no resolution: {@code resolvedOn} is always null and they stay active.</li>
 * <li><b>Conditions</b> last for a time and are read from the complaint's own dates rather than
 * stored: a hold or a decline past its review date ({@link #HOLD_PAST_REVIEW},
 * {@link #DECLINE_PAST_REVIEW}), a standing decision not made by its due date
 * ({@link #STANDING_DECISION_OVERDUE}). Each is raised the day after the date it missed and
 * resolved on the day the hold was released, the complaint resumed or the decision made (or the
 * clock stopped otherwise, e.g. by closure).</li>
 * </ul>
 *
 * @param code       e.g. {@code ROUTED_AWAY_FROM_STATUTORY}
 * @param raisedOn   the day it was raised: the day the step it concerns happened, or the first day
 *                   its condition held
 * @param resolvedOn the day its condition ended; null while it lasts, and always for a recorded flag
 * @param detail     why, in words
 */
public record Flag(String code, LocalDate raisedOn, LocalDate resolvedOn, String detail) {

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

    /** A recorded flag: raised with a step on {@code raisedOn}, never resolved. */
    public Flag(String code, LocalDate raisedOn, String detail) {
        this(code, raisedOn, null, detail);
    }

    /** Whether the flag stood at the end of {@code day}: raised by then and not yet resolved. */
    public boolean activeOn(LocalDate day) {
        return !raisedOn.isAfter(day) && (resolvedOn == null || resolvedOn.isAfter(day));
    }
}
