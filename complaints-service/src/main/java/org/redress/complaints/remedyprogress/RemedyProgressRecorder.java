package org.redress.complaints.remedyprogress;

import java.util.UUID;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.redress.complaints.remedyprogress.domain.ActionProgress;
import org.redress.complaints.remedyprogress.domain.RemedyCaseProgress;
import org.redress.contracts.events.RemedyActionCompleted;
import org.redress.contracts.events.RemedyActionOverdue;
import org.redress.contracts.events.RemedyCaseCompleted;
import org.redress.contracts.events.RemedyPaymentRecorded;
import org.redress.servicekit.audit.AuditTrail;

/**
 * Applies remedy-service's progress events to the complaint's remedy case, inside the consumer's
 * transaction (so with the processed-message row). Events about remedy cases not linked to a
 * complaint here (missed provision) are skipped.
 */
@ApplicationScoped
public class RemedyProgressRecorder {

    private static final Logger LOG = Logger.getLogger(RemedyProgressRecorder.class);
    private static final String AUDIT_ACTION = "complaint.remedy-progress-recorded";

    private final RemedyCaseLinks links;
    private final RemedyActionRows actions;
    private final AuditTrail audit;

    public RemedyProgressRecorder(RemedyCaseLinks links, RemedyActionRows actions, AuditTrail audit) {
        this.links = links;
        this.actions = actions;
        this.audit = audit;
    }

    void actionCompleted(RemedyActionCompleted event) {
        applyToAction(event.remedyCaseId(), event.actionId(), (progress, before) -> progress.actionCompleted(before,
                event.onTime()));
    }

    void actionOverdue(RemedyActionOverdue event) {
        applyToAction(event.remedyCaseId(), event.actionId(), RemedyCaseProgress::actionOverdue);
    }

    void paymentRecorded(RemedyPaymentRecorded event) {
        applyToAction(event.remedyCaseId(), event.actionId(), (progress, before) -> progress.paymentRecorded(before,
                event.totalPaidPence()));
    }

    void caseCompleted(RemedyCaseCompleted event) {
        RemedyCaseLink link = links.findById(event.remedyCaseId());
        if (link == null) {
            LOG.infof("remedy case %s is not linked to a complaint here; nothing to record", event.reference());
            return;
        }
        RemedyCaseProgress before = link.progress();
        RemedyCaseProgress after = before.caseCompleted(event.completedOn(), event.actionCount());
        if (!after.equals(before)) {
            link.apply(after);
            audit.record(AUDIT_ACTION, "complaint", link.complaintId.toString());
        }
    }

    private void applyToAction(UUID remedyCaseId, UUID actionId,
            BiFunction<RemedyCaseProgress, ActionProgress, RemedyCaseProgress.Applied> rule) {
        RemedyCaseLink link = links.findById(remedyCaseId);
        if (link == null) {
            LOG.infof("remedy case %s is not linked to a complaint here; nothing to record", remedyCaseId);
            return;
        }
        RemedyActionRow row = actions.findById(actionId);
        ActionProgress before = row == null ? ActionProgress.unseen(actionId) : row.progress();
        RemedyCaseProgress.Applied applied = rule.apply(link.progress(), before);
        if (!applied.changed()) {
            return; // the same action reported again under another event id
        }
        if (row == null) {
            row = new RemedyActionRow();
            row.actionId = actionId;
            row.remedyCaseId = remedyCaseId;
            row.apply(applied.action());
            actions.persist(row);
        } else {
            row.apply(applied.action());
        }
        link.apply(applied.progress());
        audit.record(AUDIT_ACTION, "complaint", link.complaintId.toString());
    }
}
