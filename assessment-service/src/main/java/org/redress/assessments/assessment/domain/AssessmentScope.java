package org.redress.assessments.assessment.domain;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which assessments a caller may see and act on: each person sees the cases their part in them allows (need to
 * know; UK GDPR art. 5(1)(c), data minimisation). A social worker sees the assessments they are assigned to
 * (an assessor assignment names their staff reference) and those of their team; a team manager those of their
 * team; a remedy officer those a remedy asked for, the reassessments they follow. Whoever runs or inspects the
 * whole procedure (an auditor, another council system, the service itself) sees every assessment. A caller
 * holding several roles sees what any of them allows. An assessment outside the scope does not exist for the
 * caller: it is answered as an unknown id and left out of lists.
 *
 * @param everything   whether the caller sees every assessment
 * @param assessor     the staff reference whose assignments the caller sees; null for none
 * @param team         the team whose assessments the caller sees; null for none
 * @param remedyLinked whether the caller sees the assessments a remedy asked for
 */
public record AssessmentScope(boolean everything, String assessor, Team team, boolean remedyLinked) {

    public AssessmentScope {
        assessor = assessor == null || assessor.isBlank() ? null : assessor;
    }

    public static final AssessmentScope EVERY_ASSESSMENT = new AssessmentScope(true, null, null, false);

    /** No assessment at all: a caller whose roles and token give no part in any. */
    public static final AssessmentScope NO_ASSESSMENT = new AssessmentScope(false, null, null, false);

    /**
     * A social worker's: the assessments they are assigned to, by {@code staffReference}, and those of
     * {@code team}; either may be null (a token without the claim), both null is no assessment.
     */
    public static AssessmentScope socialWorker(String staffReference, Team team) {
        return new AssessmentScope(false, staffReference, team, false);
    }

    /** A team manager's: the assessments of {@code team}; with no team, none. */
    public static AssessmentScope teamManager(Team team) {
        return new AssessmentScope(false, null, team, false);
    }

    /** A remedy officer's: the assessments a remedy asked for (a reassessment, linked to its remedy action). */
    public static AssessmentScope remedyOfficer() {
        return new AssessmentScope(false, null, null, true);
    }

    /**
     * What this scope and {@code other} allow together (a caller holding both roles). Both come from one token, so
     * they never name two different staff references or teams.
     */
    public AssessmentScope or(AssessmentScope other) {
        if (everything || other.everything) {
            return EVERY_ASSESSMENT;
        }
        return new AssessmentScope(false, assessor != null ? assessor : other.assessor,
                team != null ? team : other.team, remedyLinked || other.remedyLinked);
    }

    /** Whether the scope holds no assessment whatever is stored. */
    public boolean isEmpty() {
        return !everything && assessor == null && team == null && !remedyLinked;
    }

    public boolean includes(Assessment assessment) {
        if (everything) {
            return true;
        }
        return assessor != null && assessment.work().assessors().stream().anyMatch(a -> assessor.equals(a.assessor()))
                || team != null && assessment.work().team() == team
                || remedyLinked && assessment.remedy().isPresent();
    }

    /** The references of those of {@code assessments} this scope includes. */
    public Set<String> referencesIncluded(List<Assessment> assessments) {
        return assessments.stream().filter(this::includes).map(assessment -> assessment.reference().toString())
                .collect(Collectors.toUnmodifiableSet());
    }
}
