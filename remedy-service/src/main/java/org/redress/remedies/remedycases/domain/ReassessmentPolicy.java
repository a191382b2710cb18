package org.redress.remedies.remedycases.domain;

import java.util.List;

import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * A reassessment is of a child's needs (Children Act 1989 s17): it is sent to assessment-service
 * once per child, so a case with a reassessment action must name at least one child. Otherwise
 * the action would sit open with nothing ever asked of assessment-service.
 */
public final class ReassessmentPolicy {

    public static final String RULE = "remedy.reassessment-without-child";

    private ReassessmentPolicy() {
    }

    public static void check(List<AgreedActionTerms> actions, List<String> childReferences) {
        for (int i = 0; i < actions.size(); i++) {
            if (actions.get(i).type() == ActionType.REASSESSMENT && childReferences.isEmpty()) {
                throw new RuleViolation(RULE, ProblemKind.UNPROCESSABLE, "childReferences",
                        "actions[" + i + "] is a REASSESSMENT but the case names no child to reassess");
            }
        }
    }
}
