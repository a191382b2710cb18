package org.redress.complaints.remedyprogress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.redress.complaints.remedyprogress.domain.RemedyCaseProgress;

/** A remedy case opened for a complaint, with the counters of its progress. */
@Entity
@Table(name = "complaint_remedy_case")
public class RemedyCaseLink {

    @Id
    @Column(name = "remedy_case_id")
    public UUID remedyCaseId;
    @Column(name = "complaint_id")
    public UUID complaintId;
    public String reference;
    public String source;
    @Column(name = "decision_date")
    public LocalDate decisionDate;
    @Column(name = "action_count")
    public int actionCount;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "actions_completed")
    public int actionsCompleted;
    @Column(name = "actions_completed_on_time")
    public int actionsCompletedOnTime;
    @Column(name = "actions_overdue")
    public int actionsOverdue;
    @Column(name = "paid_pence")
    public long paidPence;
    @Column(name = "completed_on")
    public LocalDate completedOn;
    @Version
    public long version;

    RemedyCaseProgress progress() {
        return new RemedyCaseProgress(actionCount, actionsCompleted, actionsCompletedOnTime, actionsOverdue, paidPence,
                completedOn);
    }

    void apply(RemedyCaseProgress progress) {
        actionCount = progress.actionCount();
        actionsCompleted = progress.completed();
        actionsCompletedOnTime = progress.completedOnTime();
        actionsOverdue = progress.overdue();
        paidPence = progress.paidPence();
        completedOn = progress.completedOn();
    }
}
