package org.redress.assessments.reassessments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.jboss.logging.Logger;
import org.redress.assessments.reassessments.domain.Assessment;
import org.redress.assessments.reassessments.domain.AssessmentRepository;
import org.redress.assessments.reassessments.domain.CaringFamilyMember;
import org.redress.assessments.reassessments.domain.EhcPlans;
import org.redress.assessments.reassessments.domain.UnmetNeeds;
import org.redress.servicekit.audit.AuditTrail;
import org.redress.servicekit.outbox.EventOutbox;

/** Completes an assessment, opens its unmet needs and announces it (with the remedy link), in one transaction. */
@ApplicationScoped
public class CompletingAssessment {

    private static final Logger LOG = Logger.getLogger(CompletingAssessment.class);

    private final AssessmentRepository assessments;
    private final UnmetNeeds unmetNeeds;
    private final EhcPlans ehcPlans;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    public CompletingAssessment(AssessmentRepository assessments, UnmetNeeds unmetNeeds, EhcPlans ehcPlans,
            EventOutbox outbox, AuditTrail audit, Clock clock) {
        this.assessments = assessments;
        this.unmetNeeds = unmetNeeds;
        this.ehcPlans = ehcPlans;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Assessment complete(UUID id, List<CaringFamilyMember> carers, Long expectedVersion) {
        Assessment assessment = assessments.find(id)
                .orElseThrow(() -> new NotFoundException("no assessment with id " + id));
        if (expectedVersion != null) {
            assessments.requireVersion(id, expectedVersion);
        }
        LocalDate today = LocalDate.now(clock);
        Assessment.Completion completion = assessment.complete(today, carers);
        assessments.update(assessment);
        completion.unmetNeeds().forEach(need -> unmetNeeds.open(assessment, need, today));
        UUID eventId = outbox.append(completion.event());
        completion.unmetNeedsOpened().forEach(outbox::append);
        completion.carerAssessmentsPrompted().forEach(outbox::append);
        // DOMAIN §3: the social care needs found must reach the child's EHC plan (sections H1, H2)
        if (ehcPlans.childHasPlan(assessment.childRef())) {
            outbox.append(assessment.ehcSocialCareUpdate());
        }
        audit.record("assessment.completed", "assessment", id.toString());
        LOG.infof("assessment %s completed in time=%s; %d unmet needs opened; event %s", assessment.reference(),
                completion.event().completedInTime(), completion.unmetNeeds().size(), eventId);
        return assessment;
    }
}
