package org.redress.complaints.stagethree.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.complaints.complaint.application.ComplaintChanges;
import org.redress.complaints.complaint.domain.Complaint;
import org.redress.statutorytime.WorkingDayCalendar;

/** Opens stage 3 on the complainant's request, with the 30 working day panel clock. */
@ApplicationScoped
public class RequestingStageThree {

    private final ComplaintChanges changes;
    private final WorkingDayCalendar calendar;

    public RequestingStageThree(ComplaintChanges changes, WorkingDayCalendar calendar) {
        this.changes = changes;
        this.calendar = calendar;
    }

    @Transactional
    public Complaint request(UUID id, RequestStageThree command, Long expectedVersion) {
        return changes.apply(id, expectedVersion, "complaint.stage-3-requested", (complaint, today) -> complaint.stageThree()
                .request(command.requestedOn(), command.lateReason(), calendar, today));
    }
}
