package org.redress.assessments.reassessments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.redress.assessments.reassessments.domain.Assessment;
import org.redress.assessments.reassessments.domain.AssessmentRepository;
import org.redress.assessments.reassessments.domain.Provision;
import org.redress.assessments.reassessments.domain.UnmetNeeds;
import org.redress.servicekit.audit.AuditTrail;
import org.redress.servicekit.outbox.EventOutbox;

/**
 * Records that support started for a need: closes its unmet need and, when it started late,
 * records and announces the missed provision, in one transaction.
 */
@ApplicationScoped
public class StartingProvision {

    private final AssessmentRepository assessments;
    private final UnmetNeeds unmetNeeds;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    public StartingProvision(AssessmentRepository assessments, UnmetNeeds unmetNeeds, EventOutbox outbox,
            AuditTrail audit, Clock clock) {
        this.assessments = assessments;
        this.unmetNeeds = unmetNeeds;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Assessment start(UUID id, Provision provision, Long expectedVersion) {
        Assessment assessment = assessments.find(id)
                .orElseThrow(() -> new NotFoundException("no assessment with id " + id));
        if (expectedVersion != null) {
            assessments.requireVersion(id, expectedVersion);
        }
        LocalDate today = LocalDate.now(clock);
        assessment.startProvision(provision, today).ifPresent(outbox::append);
        assessments.update(assessment);
        unmetNeeds.close(assessment, provision.needCode(), provision.startedOn())
                .map(openedOn -> assessment.unmetNeedClosed(provision.needCode(), openedOn, provision.startedOn()))
                .ifPresent(outbox::append);
        audit.record("assessment.provision-started", "assessment", id.toString());
        return assessment;
    }
}
