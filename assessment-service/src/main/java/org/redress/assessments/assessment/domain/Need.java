package org.redress.assessments.assessment.domain;

import java.util.Objects;

import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * One need an assessment found, recorded one by one (DOMAIN §3: outcome need by need).
 *
 * @param code                       the assessor's short code for the need, unique within the assessment
 * @param area                       where it lies (Assessment Framework or the carer's own needs)
 * @param description                what the need is (narrative: kept here, never in events)
 * @param eligible                   whether it is eligible under the council's criteria
 * @param criteriaScore              the score against those criteria
 * @param wayMet                     how it is met, or NOT_MET; required for an eligible need
 * @param reason                     why it is met that way or not met; required for NOT_MET
 * @param inHomeShortBreaksConsidered for a carer's need for a break: in-home short breaks considered (checked as
 *                                   the need is recorded, {@link InHomeShortBreaksPolicy}, so that a need stored
 *                                   before the rule knew every way such a need is recorded still reads)
 */
public record Need(String code, NeedArea area, String description, boolean eligible, Integer criteriaScore,
        WayMet wayMet, String reason, boolean inHomeShortBreaksConsidered) {

    /**
     * The highest score against a council's eligibility criteria. Councils score needs on scales of
     * tens of points; a larger number is a mistake, not a need.
     */
    public static final int MAX_CRITERIA_SCORE = 1_000;

    public Need {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(area, "area");
        if (eligible && wayMet == null) {
            throw new RuleViolation("need.eligible-without-way-met", ProblemKind.UNPROCESSABLE, "wayMet",
                    "an eligible need must say how it is met, or NOT_MET with a reason");
        }
        if (wayMet == WayMet.NOT_MET && (reason == null || reason.isBlank())) {
            throw new RuleViolation("need.not-met-without-reason", ProblemKind.UNPROCESSABLE, "reason",
                    "a need that is not met must give the reason, about the child's needs");
        }
    }

    /** A carer's need for a break, however it was recorded ({@link InHomeShortBreaksPolicy}). */
    public boolean carersNeedForABreak() {
        return InHomeShortBreaksPolicy.isCarersNeedForABreak(this);
    }

    /** An eligible need left unmet: it stays open until provision starts. */
    public boolean unmet() {
        return eligible && wayMet == WayMet.NOT_MET;
    }

    /** The non-needs wording in the reason, if any (flagged, not refused). */
    public java.util.Optional<ResourceLedWording.Finding> resourceLedReason() {
        return ResourceLedWording.findIn(reason);
    }

    /** The reason rests on the council's resources, capacity or a threshold (a resource-led decision). */
    public boolean restsOnResources() {
        return ResourceLedWording.findAllIn(reason).stream().anyMatch(ResourceLedWording::restsOnResources);
    }

    /** The reason is that the family would not engage: a different fault, for review, never resource-led. */
    public boolean restsOnEngagement() {
        return ResourceLedWording.findAllIn(reason).contains(ResourceLedWording.Finding.WILL_NOT_ENGAGE);
    }
}
