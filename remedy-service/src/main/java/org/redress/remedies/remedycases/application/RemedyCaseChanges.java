package org.redress.remedies.remedycases.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.contracts.events.RemedyEvent;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;
import org.redress.remedies.remedycases.domain.Change;
import org.redress.remedies.remedycases.domain.RemedyCase;
import org.redress.remedies.remedycases.domain.RemedyCaseRepository;
import org.redress.servicekit.audit.AuditTrail;
import org.redress.servicekit.outbox.EventOutbox;

/**
 * What every change to a remedy case does after the domain decided it: store the case and its
 * timeline, append its events to the outbox and record it in the audit trail, all in the
 * caller's transaction, so a change is never stored without its events or the other way round.
 */
@ApplicationScoped
public class RemedyCaseChanges {

    private final RemedyCaseRepository remedyCases;
    private final EventOutbox outbox;
    private final AuditTrail audit;

    public RemedyCaseChanges(RemedyCaseRepository remedyCases, EventOutbox outbox, AuditTrail audit) {
        this.remedyCases = remedyCases;
        this.outbox = outbox;
        this.audit = audit;
    }

    /** The case with this id; an unknown id is a 404. */
    public RemedyCase load(UUID id) {
        return remedyCases.find(id).orElseThrow(() -> new RuleViolation("not-found", ProblemKind.NOT_FOUND, "id",
                "no remedy case with id " + id));
    }

    /** Stores the change, appends its events and audits it. */
    public RemedyCase commit(Change change, Long expectedVersion, String auditAction) {
        remedyCases.save(change, expectedVersion);
        for (RemedyEvent event : change.events()) {
            outbox.append(event);
        }
        audit.record(auditAction, "remedy-case", change.remedyCase().id().toString());
        return change.remedyCase();
    }
}
