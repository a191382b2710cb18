package org.redress.servicekit.outbox;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jboss.logging.MDC;
import org.redress.contracts.events.EventType;
import org.redress.contracts.events.RedressEvent;
import org.redress.servicekit.correlation.CorrelationIds;
import org.redress.servicekit.tracing.TraceParents;

/**
 * Records an event in the outbox inside the caller's transaction. The state change and its
 * event commit together or not at all; the relay publishes the row after commit.
 */
@ApplicationScoped
public class EventOutbox {

    /** PostgreSQL channel the relay listens on; NOTIFY is delivered only when the transaction commits. */
    public static final String NOTIFY_CHANNEL = "redress_outbox";

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    public EventOutbox(EntityManager entityManager, ObjectMapper objectMapper, Clock clock) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    /** Appends the event; returns its id, which becomes the CloudEvent {@code id}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(RedressEvent event) {
        EventType type = EventType.of(event);
        OutboxMessage message = new OutboxMessage();
        message.id = UUID.randomUUID();
        message.aggregateType = type.aggregateType();
        message.aggregateId = event.aggregateId();
        message.type = type.ceType();
        message.subject = event.subject();
        message.payload = toJson(event);
        message.correlationId = currentCorrelationId();
        message.traceParent = TraceParents.current();
        message.occurredAt = clock.instant();
        entityManager.persist(message);
        entityManager.createNativeQuery("SELECT pg_notify('" + NOTIFY_CHANNEL + "', '')").getSingleResult();
        return message.id;
    }

    private String toJson(RedressEvent event) {
        try {
            return objectMapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event.getClass().getSimpleName() + " cannot be serialised", e);
        }
    }

    private static String currentCorrelationId() {
        Object id = MDC.get(CorrelationIds.MDC_KEY);
        return id == null ? null : id.toString();
    }
}
