package org.redress.complaints.stagetwo.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.complaints.complaint.application.ComplaintChanges;
import org.redress.complaints.complaint.domain.Complaint;
import org.redress.statutorytime.WorkingDayCalendar;

/** Opens stage 2 on the complainant's request, with its progression clock running. */
@ApplicationScoped
public class RequestingStageTwo {

    private final ComplaintChanges changes;
    private final StageTwoConfig config;
    private final WorkingDayCalendar calendar;

    public RequestingStageTwo(ComplaintChanges changes, StageTwoConfig config, WorkingDayCalendar calendar) {
        this.changes = changes;
        this.config = config;
        this.calendar = calendar;
    }

    @Transactional
    public Complaint request(UUID id, RequestStageTwo command, Long expectedVersion) {
        return changes.apply(id, expectedVersion, "complaint.stage-2-requested", (complaint, today) -> complaint.stageTwo().request(
                command.requestedOn(), command.lateReason(), config.settings(), calendar, today));
    }
}
