package org.redress.complaints.remedyprogress;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.redress.complaints.remedyprogress.domain.ActionProgress;
import org.redress.complaints.remedyprogress.domain.ActionState;

/** One agreed action of a remedy case that remedy-service has reported on. */
@Entity
@Table(name = "complaint_remedy_action")
public class RemedyActionRow {

    @Id
    @Column(name = "action_id")
    public UUID actionId;
    @Column(name = "remedy_case_id")
    public UUID remedyCaseId;
    @Enumerated(EnumType.STRING)
    public ActionState state;
    @Column(name = "completed_on_time")
    public boolean completedOnTime;
    @Column(name = "paid_pence")
    public long paidPence;

    ActionProgress progress() {
        return new ActionProgress(actionId, state, completedOnTime, paidPence);
    }

    void apply(ActionProgress progress) {
        state = progress.state();
        completedOnTime = progress.completedOnTime();
        paidPence = progress.paidPence();
    }
}
