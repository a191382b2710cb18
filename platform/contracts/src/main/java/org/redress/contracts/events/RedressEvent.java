package org.redress.contracts.events;

/**
 * An event one service publishes for the others. Payloads carry ids, references, dates, codes
 * and amounts — never narrative text about children or families (UK GDPR data minimisation).
 */
public interface RedressEvent {

    /** The id of the aggregate the event is about; the Kafka record key. */
    String aggregateId();

    /** The human-friendly case reference; the CloudEvent {@code subject}. */
    String subject();
}
