package org.redress.servicekit.inbox;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * A CloudEvent received in binary mode: attributes from the {@code ce_*} headers, the JSON
 * data as the record value.
 */
public record InboundEvent(String id, String type, String source, String subject, String correlationId,
        String key, String data) {

    public static InboundEvent from(ConsumerRecord<String, String> record) {
        return new InboundEvent(header(record, "ce_id"), header(record, "ce_type"), header(record, "ce_source"),
                header(record, "ce_subject"), header(record, "ce_correlationid"), record.key(), record.value());
    }

    /**
     * The event's data as its payload record; an unreadable payload is a permanent failure.
     * Unknown fields are ignored (a tolerant reader): a producer may add a field to a v1 event
     * without breaking its consumers, unlike an HTTP request, where an unknown field is refused.
     */
    public <T> T payload(ObjectMapper objectMapper, Class<T> type) {
        try {
            return objectMapper.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(data);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnreadableEvent(this.type, id);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
