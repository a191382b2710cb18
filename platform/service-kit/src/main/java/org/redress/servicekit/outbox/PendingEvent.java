package org.redress.servicekit.outbox;

import java.time.Instant;
import java.util.UUID;

/** An unsent outbox row as the relay reads it. */
record PendingEvent(UUID id, long seq, String aggregateId, String type, String subject, String payload,
        String correlationId, Instant occurredAt) {
}
