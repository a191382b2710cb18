package org.redress.complaints.remedyprogress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.redress.complaints.complaint.domain.ComplaintRepository;
import org.redress.complaints.remedyprogress.domain.RemedyCaseProgress;
import org.redress.contracts.events.EventType;
import org.redress.contracts.events.RemedyActionCompleted;
import org.redress.contracts.events.RemedyActionOverdue;
import org.redress.contracts.events.RemedyCaseCompleted;
import org.redress.contracts.events.RemedyCaseOpened;
import org.redress.contracts.events.RemedyPaymentRecorded;
import org.redress.servicekit.audit.AuditTrail;
import org.redress.servicekit.inbox.EventValues;
import org.redress.servicekit.inbox.IdempotentConsumer;
import org.redress.servicekit.inbox.InboundEvent;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Listens to remedy-service and records, once per event, the remedy cases opened for complaints
 * and how far their agreed actions have got. An event whose values lie outside the bounds the HTTP edge
 * uses is dead-lettered, not recorded.
 */
@ApplicationScoped
public class RemedyEventsConsumer {

    static final String CONSUMER = "complaints.remedy-progress";
    /** The only events this consumer acts on; the others are passed over before any transaction. */
    static final Set<EventType> HANDLED = Set.of(EventType.REMEDY_CASE_OPENED, EventType.REMEDY_ACTION_COMPLETED,
            EventType.REMEDY_ACTION_OVERDUE, EventType.REMEDY_PAYMENT_RECORDED, EventType.REMEDY_CASE_COMPLETED);
    private static final Logger LOG = Logger.getLogger(RemedyEventsConsumer.class);

    private final IdempotentConsumer idempotentConsumer;
    private final RemedyCaseLinks links;
    private final RemedyProgressRecorder progress;
    private final ComplaintRepository complaints;
    private final ObjectMapper objectMapper;
    private final AuditTrail audit;
    private final Clock clock;

    public RemedyEventsConsumer(IdempotentConsumer idempotentConsumer, RemedyCaseLinks links,
            RemedyProgressRecorder progress, ComplaintRepository complaints, ObjectMapper objectMapper, AuditTrail audit,
            Clock clock) {
        this.idempotentConsumer = idempotentConsumer;
        this.links = links;
        this.progress = progress;
        this.complaints = complaints;
        this.objectMapper = objectMapper;
        this.audit = audit;
        this.clock = clock;
    }

    @Incoming("remedy-events")
    @Blocking(ordered = true)
    public void onRemedyEvent(ConsumerRecord<String, String> record) {
        idempotentConsumer.handle(CONSUMER, record, HANDLED, this::apply);
    }

    private void apply(InboundEvent event) {
        EventType type = EventType.ofCeType(event.type()).orElse(null);
        if (type == null) {
            return; // a newer event type than this service knows: nothing it needs
        }
        switch (type) {
            case REMEDY_CASE_OPENED -> caseOpened(checked(event.payload(objectMapper, RemedyCaseOpened.class)));
            case REMEDY_ACTION_COMPLETED -> progress.actionCompleted(checked(event.payload(objectMapper, RemedyActionCompleted.class)));
            case REMEDY_ACTION_OVERDUE -> progress.actionOverdue(checked(event.payload(objectMapper, RemedyActionOverdue.class)));
            case REMEDY_PAYMENT_RECORDED -> progress.paymentRecorded(checked(event.payload(objectMapper, RemedyPaymentRecorded.class)));
            case REMEDY_CASE_COMPLETED -> progress.caseCompleted(checked(event.payload(objectMapper, RemedyCaseCompleted.class)));
            default -> {
                // other remedy events (reassessment requests) are for assessment-service
            }
        }
    }

    private void caseOpened(RemedyCaseOpened opened) {
        if (opened.complaintId() == null || complaints.find(opened.complaintId()).isEmpty()) {
            LOG.infof("remedy case %s is not about a complaint held here; nothing to record", opened.reference());
            return;
        }
        if (links.findById(opened.remedyCaseId()) != null) {
            return; // the same case announced again under another event id: already linked
        }
        RemedyCaseLink link = new RemedyCaseLink();
        link.remedyCaseId = opened.remedyCaseId();
        link.complaintId = opened.complaintId();
        link.reference = opened.reference();
        link.source = opened.source();
        link.decisionDate = opened.decisionDate();
        link.apply(RemedyCaseProgress.opened(opened.actionCount()));
        link.recordedAt = clock.instant();
        links.persist(link);
        audit.record("complaint.remedy-case-recorded", "complaint", opened.complaintId().toString());
    }

    /** The values every remedy event carries: its case and that case's reference. */
    private EventValues values(UUID remedyCaseId, String reference) {
        return EventValues.on(LocalDate.now(clock)).present("remedyCaseId", remedyCaseId).reference("reference", reference);
    }

    private RemedyCaseOpened checked(RemedyCaseOpened opened) {
        values(opened.remedyCaseId(), opened.reference())
                .optionalReference("complaintReference", opened.complaintReference())
                .code("source", opened.source())
                .date("decisionDate", opened.decisionDate())
                .count("actionCount", opened.actionCount());
        return opened;
    }

    private RemedyActionCompleted checked(RemedyActionCompleted completed) {
        values(completed.remedyCaseId(), completed.reference())
                .present("actionId", completed.actionId())
                .reference("actionRef", completed.actionRef())
                .code("actionType", completed.actionType())
                .date("dueDate", completed.dueDate())
                .date("completedOn", completed.completedOn());
        return completed;
    }

    private RemedyActionOverdue checked(RemedyActionOverdue overdue) {
        values(overdue.remedyCaseId(), overdue.reference())
                .present("actionId", overdue.actionId())
                .reference("actionRef", overdue.actionRef())
                .code("actionType", overdue.actionType())
                .optionalCode("source", overdue.source())
                .date("dueDate", overdue.dueDate())
                .date("overdueOn", overdue.overdueOn());
        return overdue;
    }

    private RemedyPaymentRecorded checked(RemedyPaymentRecorded payment) {
        values(payment.remedyCaseId(), payment.reference())
                .present("actionId", payment.actionId())
                .code("paymentKind", payment.paymentKind())
                .date("paidOn", payment.paidOn())
                .amount("amountPence", payment.amountPence())
                .amount("totalPaidPence", payment.totalPaidPence())
                .amount("amountDuePence", payment.amountDuePence())
                .amount("shortfallPence", payment.shortfallPence());
        return payment;
    }

    private RemedyCaseCompleted checked(RemedyCaseCompleted completed) {
        values(completed.remedyCaseId(), completed.reference())
                .date("completedOn", completed.completedOn())
                .count("actionCount", completed.actionCount())
                .count("lateActions", completed.lateActions());
        return completed;
    }
}
