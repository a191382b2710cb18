package org.redress.complaints.stagetwo.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.complaints.complaint.application.ComplaintChanges;
import org.redress.complaints.complaint.domain.Complaint;
import org.redress.statutorytime.WorkingDayCalendar;

/** Records the statement of complaint agreed by the investigating officer; starts the 25/65 clock by default. */
@ApplicationScoped
public class AgreeingStatement {

    private final ComplaintChanges changes;
    private final StageTwoConfig config;
    private final WorkingDayCalendar calendar;

    public AgreeingStatement(ComplaintChanges changes, StageTwoConfig config, WorkingDayCalendar calendar) {
        this.changes = changes;
        this.config = config;
        this.calendar = calendar;
    }

    @Transactional
    public Complaint agree(UUID id, AgreeStatement command, Long expectedVersion) {
        return changes.apply(id, expectedVersion, "complaint.stage-2-statement-agreed", (complaint, today) -> complaint.stageTwo()
                .agreeStatement(command.agreedOn(), command.agreedBy(), config.settings(), calendar, today));
    }
}
