package org.redress.testkit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

/**
 * A CloudEvent for {@link CloudEventPublisher}: the attributes a Redress consumer reads, and the JSON data.
 *
 * @param id      {@code ce_id}; the consumer's duplicate check keys on it
 * @param type    {@code ce_type}, e.g. {@code org.redress.complaints.ComplaintRegistered.v1}
 * @param source  {@code ce_source}, e.g. {@code /complaints-service}
 * @param subject {@code ce_subject}, the aggregate id (may be null)
 * @param time    {@code ce_time}
 * @param data    the record value, a JSON document
 */
public record OutgoingCloudEvent(String id, String type, String source, String subject, OffsetDateTime time,
                                 String data) {

    public OutgoingCloudEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
    }

    /** A new event with a random id and the current time in UTC. */
    public static OutgoingCloudEvent of(String type, String source, String subject, String data) {
        return new OutgoingCloudEvent(UUID.randomUUID().toString(), type, source, subject,
                OffsetDateTime.now(ZoneOffset.UTC), data);
    }
}
