package org.redress.complaints.intake.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.complaints.complaint.application.ComplaintChanges;
import org.redress.complaints.complaint.domain.Complaint;
import org.redress.statutorytime.WorkingDayCalendar;

/** Records whether a complainant relying on sufficient interest may use the statutory procedure. */
@ApplicationScoped
public class DecidingStanding {

    private final ComplaintChanges changes;
    private final WorkingDayCalendar calendar;

    public DecidingStanding(ComplaintChanges changes, WorkingDayCalendar calendar) {
        this.changes = changes;
        this.calendar = calendar;
    }

    @Transactional
    public Complaint decide(UUID id, DecideStanding command, Long expectedVersion) {
        return changes.apply(id, expectedVersion, "complaint.standing-decided",
                (complaint, today) -> complaint.intake().decideStanding(command.decision(), calendar, today));
    }
}
