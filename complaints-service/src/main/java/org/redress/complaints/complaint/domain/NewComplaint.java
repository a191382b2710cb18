package org.redress.complaints.complaint.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What intake records about a complaint before it has an id or a reference.
 *
 * @param advocateReference the advocacy service's reference when an advocate acts for the complainant
 *                          (any complainant may have one, DOMAIN §2); null when none does
 */
public record NewComplaint(LocalDate receivedDate, Channel channel, ComplainantRole complainantRole,
        List<String> childReferences, List<String> points, List<String> desiredOutcomes,
        LocalDate matterArose, List<SubjectMatter> subjectMatters, String advocateReference) {

    public NewComplaint(LocalDate receivedDate, Channel channel, ComplainantRole complainantRole,
            List<String> childReferences, List<String> points, List<String> desiredOutcomes, LocalDate matterArose,
            List<SubjectMatter> subjectMatters) {
        this(receivedDate, channel, complainantRole, childReferences, points, desiredOutcomes, matterArose,
                subjectMatters, null);
    }

    public NewComplaint(LocalDate receivedDate, Channel channel, ComplainantRole complainantRole,
            List<String> childReferences, List<String> points, List<String> desiredOutcomes, LocalDate matterArose) {
        this(receivedDate, channel, complainantRole, childReferences, points, desiredOutcomes, matterArose, List.of());
    }

    public NewComplaint {
        childReferences = List.copyOf(childReferences);
        points = List.copyOf(points);
        desiredOutcomes = desiredOutcomes == null ? List.of() : List.copyOf(desiredOutcomes);
        subjectMatters = subjectMatters == null ? List.of() : List.copyOf(subjectMatters);
    }
}
