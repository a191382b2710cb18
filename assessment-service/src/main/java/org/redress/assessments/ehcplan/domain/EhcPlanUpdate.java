package org.redress.assessments.ehcplan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;

import org.redress.assessments.assessment.domain.Assessment;
import org.redress.assessments.assessment.domain.AssessmentScope;
import org.redress.assessments.assessment.domain.Flag;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * An update of a child's Education, Health and Care plan, as the SEND service tells us of it. A
 * child with an EHC plan has the social care provision its assessments find sent for sections H1
 * (CSDPA 1970 s2) and H2 (other social care) of the plan (SEND Regulations 2014 reg 12). A plan
 * issued saying "no social care needs" while an assessment of the child is open is accepted (the
 * SEND service owns the plan) but flagged: the assessment has not yet said what the needs are
 * (DOMAIN §3).
 *
 * @param id                the update's id
 * @param childRef          the child
 * @param issuedOn          the day the plan (or its amendment) was issued
 * @param noSocialCareNeeds whether it says the child has no social care needs
 * @param recordedOn        the day it was recorded here
 * @param flags             what was flagged, e.g. {@code ehc-plan.no-social-care-needs-while-assessment-open}
 *                          about each open assessment's reference
 * @param version           the version it was stored at: 0, as an update is recorded once and never changed
 */
public record EhcPlanUpdate(UUID id, String childRef, LocalDate issuedOn, boolean noSocialCareNeeds,
        LocalDate recordedOn, List<Flag> flags, long version) {

    /** The flag on the update and on each open assessment of the child. */
    public static final String NO_SOCIAL_CARE_WHILE_OPEN = Assessment.EHC_PLAN_WITHOUT_SOCIAL_CARE;

    public EhcPlanUpdate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(childRef, "childRef");
        Objects.requireNonNull(issuedOn, "issuedOn");
        flags = List.copyOf(flags == null ? List.of() : flags);
    }

    /**
     * Records an update issued on {@code issuedOn} (not in the future), recorded {@code today}. Saying
     * "no social care needs" flags the update and each of {@code openAssessments} of the child that was
     * already open on the day it was issued, from that day: an update recorded late flags what recording
     * it on the day would have flagged (DOMAIN §5), and not an assessment opened after the plan was issued.
     */
    public static EhcPlanUpdate record(UUID id, String childRef, LocalDate issuedOn, boolean noSocialCareNeeds,
            List<Assessment> openAssessments, LocalDate today) {
        if (issuedOn.isAfter(today)) {
            throw new RuleViolation("ehc-plan.issued-in-future", ProblemKind.UNPROCESSABLE, "issuedOn",
                    "an EHC plan update is recorded once it has been issued");
        }
        if (!noSocialCareNeeds) {
            return new EhcPlanUpdate(id, childRef, issuedOn, false, today, List.of(), 0);
        }
        List<Flag> flags = new ArrayList<>();
        for (Assessment assessment : openAssessments) {
            if (assessment.openOn(issuedOn)) {
                assessment.flagEhcPlanWithoutSocialCare(issuedOn);
                flags.add(new Flag(NO_SOCIAL_CARE_WHILE_OPEN, assessment.reference().toString(), issuedOn));
            }
        }
        return new EhcPlanUpdate(id, childRef, issuedOn, true, today, flags, 0);
    }

    /**
     * This update as seen by a caller who may read only the assessments whose references {@code readable} accepts
     * (need to know). A flag about another assessment keeps its code and day, because the plan still contradicts an
     * open assessment of the child, but not the reference: an assessment the caller may not read does not exist
     * for them. The team that may read it sees the same flag on the assessment itself.
     */
    public EhcPlanUpdate seenWith(Predicate<String> readable) {
        List<Flag> seen = flags.stream()
                .map(flag -> flag.about() == null || readable.test(flag.about()) ? flag
                        : new Flag(flag.code(), null, flag.on()))
                .toList();
        return new EhcPlanUpdate(id, childRef, issuedOn, noSocialCareNeeds, recordedOn, seen, version);
    }

    /** This update as seen by a caller of {@code scope}, of the child's {@code assessments} (as {@link #seenWith}). */
    public EhcPlanUpdate seenWithin(AssessmentScope scope, List<Assessment> assessments) {
        return scope.everything() ? this : seenWith(scope.referencesIncluded(assessments)::contains);
    }
}
