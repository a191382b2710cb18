package org.redress.remedies.remedycases.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.redress.contracts.CaseReference;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * What a decision agreed, before the remedy case has an id or a reference.
 *
 * @param source             where the actions were agreed
 * @param complaintId        the complaint they were agreed on, or {@code null}
 * @param complaintReference that complaint's reference, or {@code null}
 * @param assessmentId       for missed provision, the assessment that found it, or {@code null}
 * @param decisionDate       the date of the decision; every agreed period runs from it
 * @param childReferences    the council's record references of the children concerned
 * @param actions            the agreed actions, at least one
 */
public record NewRemedyCase(RemedySource source, UUID complaintId, String complaintReference, UUID assessmentId,
        LocalDate decisionDate, List<String> childReferences, List<AgreedActionTerms> actions) {

    /** What a complaint decision agreed: no assessment behind it. */
    public NewRemedyCase(RemedySource source, UUID complaintId, String complaintReference, LocalDate decisionDate,
            List<String> childReferences, List<AgreedActionTerms> actions) {
        this(source, complaintId, complaintReference, null, decisionDate, childReferences, actions);
    }

    public NewRemedyCase {
        RequiredFields.require(source, "source");
        RequiredFields.require(decisionDate, "decisionDate");
        RequiredFields.require(actions, "actions");
        if (actions.isEmpty()) {
            throw new RuleViolation("remedy.no-actions", ProblemKind.UNPROCESSABLE, "actions",
                    "a remedy case needs at least one agreed action");
        }
        for (int i = 0; i < actions.size(); i++) {
            RequiredFields.require(actions.get(i), "actions[" + i + "]");
            actions.get(i).requireComplete("actions[" + i + "]");
        }
        childReferences = childReferences == null ? List.of() : List.copyOf(childReferences);
        actions = List.copyOf(actions);
        checkComplaintReference(complaintId, complaintReference);
    }

    private static void checkComplaintReference(UUID complaintId, String complaintReference) {
        if (complaintReference == null) {
            return;
        }
        if (complaintId == null) {
            throw new RuleViolation("remedy.complaint-reference-without-complaint", ProblemKind.UNPROCESSABLE,
                    "complaintReference", "complaintReference is given but complaintId is not");
        }
        String canonical;
        try {
            canonical = CaseReference.parse(complaintReference).toString();
        } catch (IllegalArgumentException e) {
            // a mistyped reference would link the remedy to another family's complaint
            throw new RuleViolation("remedy.complaint-reference-invalid", ProblemKind.UNPROCESSABLE,
                    "complaintReference", e.getMessage());
        }
        if (!canonical.equals(complaintReference)) {
            // extra leading zeros keep the check digit but not the reference people quote (nor fit its column)
            throw new RuleViolation("remedy.complaint-reference-invalid", ProblemKind.UNPROCESSABLE,
                    "complaintReference", "a complaint reference is written as " + canonical);
        }
    }
}
