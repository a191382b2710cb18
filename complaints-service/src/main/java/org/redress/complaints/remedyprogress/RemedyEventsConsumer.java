package org.redress.complaints.remedyprogress;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.redress.complaints.intake.domain.ComplaintRepository;
import org.redress.contracts.events.EventType;
import org.redress.contracts.events.RemedyCaseOpened;
import org.redress.servicekit.audit.AuditTrail;
import org.redress.servicekit.inbox.IdempotentConsumer;
import org.redress.servicekit.inbox.InboundEvent;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Listens to remedy-service and records, once per event, the remedy cases opened for complaints. */
@ApplicationScoped
public class RemedyEventsConsumer {

    static final String CONSUMER = "complaints.remedy-progress";
    private static final Logger LOG = Logger.getLogger(RemedyEventsConsumer.class);

    private final IdempotentConsumer idempotentConsumer;
    private final RemedyCaseLinks links;
    private final ComplaintRepository complaints;
    private final ObjectMapper objectMapper;
    private final AuditTrail audit;
    private final Clock clock;

    public RemedyEventsConsumer(IdempotentConsumer idempotentConsumer, RemedyCaseLinks links,
            ComplaintRepository complaints, ObjectMapper objectMapper, AuditTrail audit, Clock clock) {
        this.idempotentConsumer = idempotentConsumer;
        this.links = links;
        this.complaints = complaints;
        this.objectMapper = objectMapper;
        this.audit = audit;
        this.clock = clock;
    }

    @Incoming("remedy-events")
    @Blocking(ordered = true)
    public void onRemedyEvent(ConsumerRecord<String, String> record) {
        idempotentConsumer.handle(CONSUMER, record, this::apply);
    }

    private void apply(InboundEvent event) {
        if (!EventType.REMEDY_CASE_OPENED.ceType().equals(event.type())) {
            return; // other remedy events are not needed here (yet)
        }
        RemedyCaseOpened opened = event.payload(objectMapper, RemedyCaseOpened.class);
        if (opened.complaintId() == null || complaints.find(opened.complaintId()).isEmpty()) {
            LOG.infof("remedy case %s is not about a complaint held here; nothing to record", opened.reference());
            return;
        }
        RemedyCaseLink link = new RemedyCaseLink();
        link.remedyCaseId = opened.remedyCaseId();
        link.complaintId = opened.complaintId();
        link.reference = opened.reference();
        link.source = opened.source();
        link.decisionDate = opened.decisionDate();
        link.actionCount = opened.actionCount();
        link.recordedAt = clock.instant();
        links.persist(link);
        audit.record("complaint.remedy-case-recorded", "complaint", opened.complaintId().toString());
    }
}
