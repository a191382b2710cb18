package org.redress.servicekit.outbox;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
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

    /** Marks a transaction whose outbox rows have already asked for the relay. */
    private static final String NOTIFIED = EventOutbox.class.getName() + ".notified";

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final TransactionSynchronizationRegistry transaction;

    public EventOutbox(EntityManager entityManager, ObjectMapper objectMapper, Clock clock,
            TransactionSynchronizationRegistry transaction) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.clock = clock;
        this.transaction = transaction;
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
        notifyOncePerTransaction();
        return message.id;
    }

    /**
     * One NOTIFY per transaction wakes the relay for every row the transaction appends (an intake appends
     * three): the relay drains all unsent rows whenever it wakes. PostgreSQL would deliver a transaction's
     * identical notifications once anyway, at commit; asking once saves the other statements.
     */
    private void notifyOncePerTransaction() {
        if (transaction.getResource(NOTIFIED) == null) {
            transaction.putResource(NOTIFIED, Boolean.TRUE);
            entityManager.createNativeQuery("SELECT pg_notify('" + NOTIFY_CHANNEL + "', '')").getSingleResult();
        }
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
