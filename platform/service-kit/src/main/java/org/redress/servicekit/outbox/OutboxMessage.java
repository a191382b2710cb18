package org.redress.servicekit.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One event waiting to be published, written in the same transaction as the state change it
 * reports. The write-order column {@code seq} is assigned by the database and read only by the
 * relay, so it is not mapped here.
 */
@Entity
@Table(name = "outbox")
public class OutboxMessage {

    @Id
    public UUID id;

    @Column(name = "aggregatetype", nullable = false)
    public String aggregateType;

    @Column(name = "aggregateid", nullable = false)
    public String aggregateId;

    @Column(name = "type", nullable = false)
    public String type;

    @Column(name = "subject", nullable = false)
    public String subject;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "payload", nullable = false)
    public String payload;

    @Column(name = "correlation_id")
    public String correlationId;

    /** W3C traceparent of the span that wrote the row; null when it had no trace. */
    @Column(name = "trace_parent")
    public String traceParent;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "attempts", nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;
}
