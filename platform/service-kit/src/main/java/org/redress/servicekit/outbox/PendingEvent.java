package org.redress.servicekit.outbox;

import java.time.Instant;
import java.util.UUID;

/** An unsent outbox row as the relay reads it; {@code traceParent} is null when the writer was not traced. */
record PendingEvent(UUID id, long seq, String aggregateId, String type, String subject, String payload,
        String correlationId, Instant occurredAt, String traceParent) {
}
