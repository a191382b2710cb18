package org.redress.complaints.stagethree.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.complaints.complaint.application.ComplaintChanges;
import org.redress.complaints.complaint.domain.Complaint;
import org.redress.statutorytime.WorkingDayCalendar;

/** Records the review panel's meeting and members; starts the 5 working day report clock. */
@ApplicationScoped
public class RecordingReviewPanel {

    private final ComplaintChanges changes;
    private final WorkingDayCalendar calendar;

    public RecordingReviewPanel(ComplaintChanges changes, WorkingDayCalendar calendar) {
        this.changes = changes;
        this.calendar = calendar;
    }

    @Transactional
    public Complaint record(UUID id, RecordPanel command, Long expectedVersion) {
        return changes.apply(id, expectedVersion, "complaint.stage-3-panel-held", (complaint, today) -> complaint.stageThree()
                .panelHeld(command.heldOn(), command.members(), calendar, today));
    }
}
