package org.redress.assessments.assessment.domain;

import java.util.Optional;
import java.util.UUID;

import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * A referral leads to at most one assessment of each type: two child in need assessments of the same
 * referral would run two clocks for one duty and split what is recorded about the child between them.
 * A second request is a conflict naming the assessment already opened, so the social worker goes on
 * with that one. (The database keeps the same rule, so two requests at the same instant cannot both
 * succeed either.)
 */
public final class OneAssessmentPerReferral {

    private OneAssessmentPerReferral() {
    }

    /** Refuses to open an assessment of {@code type} when {@code existing} names one already opened for the referral. */
    public static void check(Optional<UUID> existing, AssessmentType type) {
        existing.ifPresent(id -> {
            throw new RuleViolation("assessment.already-opened-for-referral", ProblemKind.CONFLICT, "assessmentType",
                    "a " + type + " assessment was already opened for this referral: " + id);
        });
    }
}
