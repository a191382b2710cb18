package org.redress.servicekit.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The idempotent consumer's memory: records that a consumer processed an event, in the
 * consumer's own transaction. If the effect rolls back, so does the record, and the
 * redelivery is processed; if it committed, the redelivery finds the record and does nothing.
 */
@ApplicationScoped
public class ProcessedMessages {

    private final EntityManager entityManager;

    public ProcessedMessages(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** True the first time this consumer sees the event id; false for every redelivery. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordFirstDelivery(String consumer, InboundEvent event) {
        int inserted = entityManager.createNativeQuery("""
                INSERT INTO processed_message (consumer, event_id, event_type)
                VALUES (:consumer, :eventId, :eventType)
                ON CONFLICT (consumer, event_id) DO NOTHING""")
                .setParameter("consumer", consumer)
                .setParameter("eventId", event.id())
                .setParameter("eventType", event.type())
                .executeUpdate();
        return inserted == 1;
    }
}
