package org.redress.assessments.assessment.domain;

import java.util.regex.Pattern;

import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * What a remedy's request for a reassessment must name (DOMAIN §3): its remedy case, reference and
 * action, and the child by a valid record reference. Without them the assessment could neither be
 * found by the family's social worker nor report back to the remedy.
 */
final class ReassessmentRequestPolicy {

    private static final Pattern CHILD_REF = Pattern.compile("[A-Za-z0-9-]{3,32}");

    private ReassessmentRequestPolicy() {
    }

    static void check(String childRef, RemedyLink remedy) {
        if (remedy.remedyCaseId() == null || remedy.actionId() == null || remedy.remedyReference() == null) {
            throw new RuleViolation("reassessment.remedy-action-missing", ProblemKind.UNPROCESSABLE, "actionId",
                    "a reassessment request must name its remedy case, reference and action");
        }
        if (childRef == null || !CHILD_REF.matcher(childRef).matches()) {
            throw new RuleViolation("reassessment.child-ref-invalid", ProblemKind.UNPROCESSABLE, "childRef",
                    "a reassessment request must name the child by a record reference of 3 to 32 letters, "
                            + "digits or dashes");
        }
    }
}
