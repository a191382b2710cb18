package org.redress.complaints.stagetwo.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.complaints.complaint.application.ComplaintChanges;
import org.redress.complaints.complaint.domain.Complaint;

/** Records the date of the independent person's report. */
@ApplicationScoped
public class RecordingIndependentPersonReport {

    private final ComplaintChanges changes;

    public RecordingIndependentPersonReport(ComplaintChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public Complaint record(UUID id, RecordReport command, Long expectedVersion) {
        return changes.apply(id, expectedVersion, "complaint.stage-2-ip-reported", (complaint, today) -> complaint.stageTwo().investigation()
                .independentPersonReported(command.reportedOn(), today));
    }
}
