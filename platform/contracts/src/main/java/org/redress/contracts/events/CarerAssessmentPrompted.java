package org.redress.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A completed assessment recorded a family member with a caring role and no carer's assessment of
 * their own: one is prompted (Children Act 1989 s17ZA young carer, s17ZD parent carer).
 *
 * @param assessmentId   the assessment's id (record key)
 * @param reference      the assessment's reference
 * @param childRef       the council's record reference of the child
 * @param relationship   who the carer is to the child: {@code PARENT}, {@code SIBLING},
 *                       {@code OTHER_CHILD_IN_HOUSEHOLD} or {@code OTHER_ADULT}
 * @param assessmentType the carer's assessment prompted: {@code YOUNG_CARER} or {@code PARENT_CARER}
 * @param promptedOn     the day it was prompted
 */
public record CarerAssessmentPrompted(UUID assessmentId, String reference, String childRef, String relationship,
        String assessmentType, LocalDate promptedOn) implements AssessmentEvent {

    @Override
    public String aggregateId() {
        return assessmentId.toString();
    }

    @Override
    public String subject() {
        return reference;
    }
}
