package org.redress.remedies.remedycases.application;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.redress.remedies.remedycases.domain.Change;
import org.redress.remedies.remedycases.domain.RemedyCaseRepository;

/**
 * The daily compliance sweep (DOMAIN §4: "overdue actions are flagged the day after their due
 * date"). Each batch claims its actions with {@code FOR UPDATE SKIP LOCKED} and sets them
 * {@code OVERDUE} in the same transaction as the outbox event, so with two instances running
 * the sweep each action is announced overdue exactly once.
 */
@ApplicationScoped
public class SweepingOverdueActions {

    /** Actions claimed per transaction; a full batch means there may be more. */
    public static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(SweepingOverdueActions.class);

    private final RemedyCaseRepository remedyCases;
    private final RemedyCaseChanges changes;

    public SweepingOverdueActions(RemedyCaseRepository remedyCases, RemedyCaseChanges changes) {
        this.remedyCases = remedyCases;
        this.changes = changes;
    }

    /** Marks one batch of actions overdue on {@code today}; returns how many were claimed (0 when done). */
    @Transactional
    public int sweep(LocalDate today) {
        var claimed = remedyCases.claimOverdue(today, BATCH);
        for (UUID[] caseAndAction : claimed) {
            Change change = changes.load(caseAndAction[0]).markOverdue(caseAndAction[1], today);
            if (change != null) {
                changes.commit(change, null, "remedy-action.overdue");
            }
        }
        if (!claimed.isEmpty()) {
            LOG.infof("compliance sweep on %s: %d actions marked overdue", today, claimed.size());
        }
        return claimed.size();
    }
}
