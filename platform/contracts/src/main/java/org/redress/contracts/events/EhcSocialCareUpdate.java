package org.redress.contracts.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The social care provision an assessment of a child with an Education, Health and Care plan
 * found, for the SEND system to put in the plan (SEND Regulations 2014 reg 12): section H1 holds
 * provision under CSDPA 1970 s2, section H2 any other social care.
 *
 * @param assessmentId  the assessment's id (record key)
 * @param reference     the assessment's reference
 * @param childRef      the council's record reference of the child
 * @param completedDate the day the assessment was completed
 * @param sectionH1     CSDPA s2 categories found needed, e.g. {@code PRACTICAL_ASSISTANCE_IN_THE_HOME}
 * @param sectionH2     Assessment Framework areas of the other eligible social care needs, e.g. {@code CARER_BREAK}
 */
public record EhcSocialCareUpdate(UUID assessmentId, String reference, String childRef, LocalDate completedDate,
        List<String> sectionH1, List<String> sectionH2) implements AssessmentEvent {

    public EhcSocialCareUpdate {
        sectionH1 = List.copyOf(sectionH1);
        sectionH2 = List.copyOf(sectionH2);
    }

    @Override
    public String aggregateId() {
        return assessmentId.toString();
    }

    @Override
    public String subject() {
        return reference;
    }
}
