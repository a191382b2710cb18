package org.redress.contracts.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A remedy action asks for a child's needs to be reassessed, or for a carer's assessment of a named
 * carer in the child's family; assessment-service opens a linked assessment and reports back when it
 * is complete.
 *
 * @param remedyCaseId the remedy case's id (record key)
 * @param reference    the remedy case's reference
 * @param actionId     the reassessment action's id
 * @param complaintId  the complaint the remedy comes from, or {@code null}
 * @param childRef     the council's record reference of the child to reassess
 * @param dueDate      the date the reassessment is due under the remedy
 * @param agreedOn     the day the reassessment was agreed (the remedy's decision date, or the day the action
 *                     was added to the case): the linked assessment counts from it; {@code null} in events
 *                     published before it was carried
 * @param conditions   conditions the reassessment is to be carried out under, in the remedy's words; empty
 *                     when none
 * @param assessmentType the assessment asked for: {@code CHILD_IN_NEED} (a reassessment of the child, and
 *                     what events published before it was carried mean), {@code PARENT_CARER} or
 *                     {@code YOUNG_CARER} (a carer's assessment of {@code carerRef})
 * @param carerRef     for a carer's assessment, the council's record reference of the carer to assess;
 *                     otherwise {@code null}
 */
public record ReassessmentRequested(UUID remedyCaseId, String reference, UUID actionId, UUID complaintId,
        String childRef, LocalDate dueDate, LocalDate agreedOn, List<String> conditions, String assessmentType,
        String carerRef) implements RemedyEvent {

    /** The assessment type of a reassessment of the child itself. */
    public static final String CHILD_IN_NEED = "CHILD_IN_NEED";

    public ReassessmentRequested {
        conditions = conditions == null ? List.of() : List.copyOf(conditions); // absent from earlier events
        assessmentType = assessmentType == null ? CHILD_IN_NEED : assessmentType; // absent from earlier events
    }

    /** A reassessment of the child's own needs. */
    public ReassessmentRequested(UUID remedyCaseId, String reference, UUID actionId, UUID complaintId,
            String childRef, LocalDate dueDate, LocalDate agreedOn, List<String> conditions) {
        this(remedyCaseId, reference, actionId, complaintId, childRef, dueDate, agreedOn, conditions, CHILD_IN_NEED,
                null);
    }

    /** Whether a carer's assessment is asked for rather than a reassessment of the child. */
    public boolean forCarer() {
        return !CHILD_IN_NEED.equals(assessmentType);
    }

    @Override
    public String aggregateId() {
        return remedyCaseId.toString();
    }

    @Override
    public String subject() {
        return reference;
    }
}
