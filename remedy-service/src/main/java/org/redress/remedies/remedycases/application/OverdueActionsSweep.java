package org.redress.remedies.remedycases.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.remedies.remedycases.domain.Change;
import org.redress.remedies.remedycases.domain.RemedyCase;
import org.redress.remedies.remedycases.domain.RemedyCaseRepository;
import org.redress.servicekit.sweep.Sweep;

/**
 * The daily compliance sweep (DOMAIN §4: "overdue actions are flagged the day after their due
 * date"). Each batch claims its actions ({@code FOR UPDATE SKIP LOCKED}) and sets them
 * {@code OVERDUE} in the same transaction as the outbox event, so with two instances running
 * the sweep each action is announced overdue exactly once.
 */
@ApplicationScoped
public class OverdueActionsSweep implements Sweep {

    private final RemedyCaseRepository remedyCases;
    private final RemedyCaseChanges changes;

    public OverdueActionsSweep(RemedyCaseRepository remedyCases, RemedyCaseChanges changes) {
        this.remedyCases = remedyCases;
        this.changes = changes;
    }

    @Override
    public String name() {
        return "overdue-actions";
    }

    /** Marks one batch of actions overdue on {@code today}. */
    @Override
    public Batch sweepBatch(LocalDate today, int batchSize) {
        List<UUID[]> claimed = remedyCases.claimOverdue(today, batchSize);
        int done = 0;
        for (UUID[] caseAndAction : claimed) {
            RemedyCase remedyCase = changes.load(caseAndAction[0]);
            Change change = remedyCase.markOverdue(caseAndAction[1], today);
            if (change != null) {
                changes.commit(remedyCase, change, null, "remedy-action.overdue");
                done++;
            }
        }
        return new Batch(claimed.size(), done);
    }
}
