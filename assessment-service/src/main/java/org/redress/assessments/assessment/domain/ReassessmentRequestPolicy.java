package org.redress.assessments.assessment.domain;

import java.util.Set;
import java.util.regex.Pattern;

import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * What a remedy's request for an assessment must name (DOMAIN §3): its remedy case, reference and action, the
 * child by a valid record reference, a type of assessment a remedy may ask for (a reassessment of the child, or a
 * parent carer's or young carer's assessment) and, for a carer's assessment, the carer by a valid record
 * reference. Without them the assessment could neither be found by the family's social worker nor report back to
 * the remedy, and a carer's assessment of no one named would assess no one.
 */
final class ReassessmentRequestPolicy {

    /** A person's record reference in the council's system: 3 to 32 letters, digits or dashes. */
    private static final Pattern PERSON_REF = Pattern.compile("[A-Za-z0-9-]{3,32}");
    private static final Set<AssessmentType> CARERS = Set.of(AssessmentType.PARENT_CARER, AssessmentType.YOUNG_CARER);

    private ReassessmentRequestPolicy() {
    }

    /** The type of assessment asked for, once the request names everything it must. */
    static AssessmentType check(Assessment.Subject subject, RemedyLink remedy) {
        if (remedy.remedyCaseId() == null || remedy.actionId() == null || remedy.remedyReference() == null) {
            throw new RuleViolation("reassessment.remedy-action-missing", ProblemKind.UNPROCESSABLE, "actionId",
                    "a reassessment request must name its remedy case, reference and action");
        }
        if (!isPersonRef(subject.childRef())) {
            throw new RuleViolation("reassessment.child-ref-invalid", ProblemKind.UNPROCESSABLE, "childRef",
                    "a reassessment request must name the child by a record reference of 3 to 32 letters, "
                            + "digits or dashes");
        }
        AssessmentType type = type(subject.assessmentType());
        if (!CARERS.contains(type)) {
            if (subject.carerRef() != null) {
                throw new RuleViolation("reassessment.carer-ref-without-carers-assessment", ProblemKind.UNPROCESSABLE,
                        "carerRef", "only a carer's assessment (PARENT_CARER or YOUNG_CARER) names a carer");
            }
            return type;
        }
        if (subject.carerRef() == null || subject.carerRef().isBlank()) {
            throw new RuleViolation("reassessment.carer-ref-missing", ProblemKind.UNPROCESSABLE, "carerRef",
                    "a request for a carer's assessment must name the carer to assess");
        }
        if (!isPersonRef(subject.carerRef())) {
            throw new RuleViolation("reassessment.carer-ref-invalid", ProblemKind.UNPROCESSABLE, "carerRef",
                    "a request for a carer's assessment must name the carer by a record reference of 3 to 32 "
                            + "letters, digits or dashes");
        }
        return type;
    }

    /** A remedy asks for a child in need reassessment or a carer's assessment; never early help, never anything else. */
    private static AssessmentType type(String assessmentType) {
        if (AssessmentType.CHILD_IN_NEED.name().equals(assessmentType)) {
            return AssessmentType.CHILD_IN_NEED;
        }
        return CARERS.stream().filter(carer -> carer.name().equals(assessmentType)).findFirst()
                .orElseThrow(() -> new RuleViolation("reassessment.assessment-type-invalid", ProblemKind.UNPROCESSABLE,
                        "assessmentType", "a remedy asks for a CHILD_IN_NEED reassessment or a PARENT_CARER or "
                                + "YOUNG_CARER carer's assessment"));
    }

    private static boolean isPersonRef(String ref) {
        return ref != null && PERSON_REF.matcher(ref).matches();
    }
}
