package org.redress.assessments.reassessments;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.redress.contracts.events.EventType;
import org.redress.contracts.events.ReassessmentRequested;
import org.redress.servicekit.inbox.IdempotentConsumer;
import org.redress.servicekit.inbox.InboundEvent;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Listens to remedy-service and opens, once per event, the assessments that remedies ask for. */
@ApplicationScoped
public class ReassessmentRequestsConsumer {

    static final String CONSUMER = "assessments.reassessment-requests";

    private final IdempotentConsumer idempotentConsumer;
    private final OpeningReassessment opening;
    private final ObjectMapper objectMapper;

    public ReassessmentRequestsConsumer(IdempotentConsumer idempotentConsumer, OpeningReassessment opening,
            ObjectMapper objectMapper) {
        this.idempotentConsumer = idempotentConsumer;
        this.opening = opening;
        this.objectMapper = objectMapper; // InboundEvent.payload reads tolerantly (unknown fields ignored)
    }

    @Incoming("remedy-events")
    @Blocking(ordered = true)
    public void onRemedyEvent(ConsumerRecord<String, String> record) {
        idempotentConsumer.handle(CONSUMER, record, this::apply);
    }

    private void apply(InboundEvent event) {
        if (!EventType.REASSESSMENT_REQUESTED.ceType().equals(event.type())) {
            return; // other remedy events are not needed here (yet)
        }
        opening.open(event.payload(objectMapper, ReassessmentRequested.class));
    }
}
