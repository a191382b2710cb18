package org.redress.assessments.reassessments.infrastructure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.redress.assessments.reassessments.application.OpeningReassessment;
import org.redress.contracts.Bounds;
import org.redress.contracts.events.EventType;
import org.redress.contracts.events.ReassessmentRequested;
import org.redress.servicekit.inbox.EventValues;
import org.redress.servicekit.inbox.IdempotentConsumer;
import org.redress.servicekit.inbox.ImplausibleEventValue;
import org.redress.servicekit.inbox.InboundEvent;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Listens to remedy-service and opens, once per event, the assessments that remedies ask for. A request
 * whose values lie outside the bounds the HTTP edge uses (a day agreed in the future or before any case, a
 * condition longer than any narrative) is dead-lettered, not applied.
 */
@ApplicationScoped
public class ReassessmentRequestsConsumer {

    static final String CONSUMER = "assessments.reassessment-requests";
    /** The only events this consumer acts on; the others are passed over before any transaction. */
    static final Set<EventType> HANDLED = Set.of(EventType.REASSESSMENT_REQUESTED);

    private final IdempotentConsumer idempotentConsumer;
    private final OpeningReassessment opening;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    public ReassessmentRequestsConsumer(IdempotentConsumer idempotentConsumer, OpeningReassessment opening,
            ObjectMapper objectMapper, Clock clock) {
        this.idempotentConsumer = idempotentConsumer;
        this.opening = opening;
        this.objectMapper = objectMapper; // InboundEvent.payload reads tolerantly (unknown fields ignored)
        this.clock = clock;
    }

    @Incoming("remedy-events")
    @Blocking(ordered = true)
    public void onRemedyEvent(ConsumerRecord<String, String> record) {
        idempotentConsumer.handle(CONSUMER, record, HANDLED, this::apply);
    }

    private void apply(InboundEvent event) {
        opening.open(checked(event.payload(objectMapper, ReassessmentRequested.class)));
    }

    private ReassessmentRequested checked(ReassessmentRequested requested) {
        LocalDate today = LocalDate.now(clock);
        EventValues values = EventValues.on(today)
                .present("remedyCaseId", requested.remedyCaseId())
                .present("actionId", requested.actionId())
                .reference("reference", requested.reference())
                .reference("childRef", requested.childRef())
                .date("dueDate", requested.dueDate())
                .list("conditions", requested.conditions());
        if (requested.agreedOn() != null) {
            // the day a remedy agreed something has happened: not before any case Redress records, not after today
            values.date("agreedOn", requested.agreedOn());
            if (requested.agreedOn().isAfter(today)) {
                throw new ImplausibleEventValue("agreedOn");
            }
        }
        for (int i = 0; i < requested.conditions().size(); i++) {
            String condition = requested.conditions().get(i);
            // narrative in the remedy's words, bounded as the HTTP edge bounds narrative
            if (condition == null || condition.isBlank() || condition.length() > Bounds.MAX_NARRATIVE_LENGTH) {
                throw new ImplausibleEventValue("conditions[" + i + "]");
            }
        }
        return requested;
    }
}
