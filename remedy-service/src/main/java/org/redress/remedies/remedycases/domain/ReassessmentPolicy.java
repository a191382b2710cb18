package org.redress.remedies.remedycases.domain;

import java.util.List;

import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * A reassessment is of a child's needs (Children Act 1989 s17): it is sent to assessment-service
 * once per child, so a case with a reassessment action must name at least one child. Otherwise
 * the action would sit open with nothing ever asked of assessment-service. A carer's assessment is
 * asked for in the family of the case's first child (assessment-service links it to that child's
 * record), so it too needs the case to name a child.
 */
public final class ReassessmentPolicy {

    public static final String RULE = "remedy.reassessment-without-child";
    public static final String CARERS_RULE = "remedy.carers-assessment-without-child";

    private ReassessmentPolicy() {
    }

    public static void check(List<AgreedActionTerms> actions, List<String> childReferences) {
        for (int i = 0; i < actions.size(); i++) {
            if (actions.get(i).type() == ActionType.REASSESSMENT && childReferences.isEmpty()) {
                throw new RuleViolation(RULE, ProblemKind.UNPROCESSABLE, "childReferences",
                        "actions[" + i + "] is a REASSESSMENT but the case names no child to reassess");
            }
            if (actions.get(i).type() == ActionType.CARERS_ASSESSMENT && childReferences.isEmpty()) {
                throw new RuleViolation(CARERS_RULE, ProblemKind.UNPROCESSABLE, "childReferences",
                        "actions[" + i + "] is a CARERS_ASSESSMENT but the case names no child whose family it is in");
            }
        }
    }
}
