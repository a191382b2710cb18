package org.redress.complaints.stagethree.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.complaints.complaint.application.ComplaintChanges;
import org.redress.complaints.complaint.domain.Complaint;
import org.redress.statutorytime.WorkingDayCalendar;

/** Records the panel's report; starts the council's 15 working day response clock. */
@ApplicationScoped
public class RecordingPanelReport {

    private final ComplaintChanges changes;
    private final WorkingDayCalendar calendar;

    public RecordingPanelReport(ComplaintChanges changes, WorkingDayCalendar calendar) {
        this.changes = changes;
        this.calendar = calendar;
    }

    @Transactional
    public Complaint record(UUID id, RecordPanelReport command, Long expectedVersion) {
        return changes.apply(id, expectedVersion, "complaint.stage-3-reported", (complaint, today) -> complaint.stageThree()
                .reportIssued(command.reportOn(), calendar, today));
    }
}
