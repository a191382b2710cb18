package org.redress.testkit;

import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A CloudEvent read from Kafka in binary mode: attributes from the {@code ce_*} headers, the data as
 * the record's value.
 *
 * @param key             the record key (the aggregate id)
 * @param id              {@code ce_id}
 * @param specVersion     {@code ce_specversion}
 * @param type            {@code ce_type}
 * @param source          {@code ce_source}
 * @param subject         {@code ce_subject}, or null
 * @param time            {@code ce_time}, or null
 * @param dataContentType the {@code content-type} header, or null
 * @param headers         every header, as UTF-8 text (the last value when a name repeats)
 * @param data            the record value
 * @param partition       where the record was read from
 * @param offset          its offset in that partition
 */
public record ReceivedCloudEvent(String key, String id, String specVersion, String type, String source,
                                 String subject, OffsetDateTime time, String dataContentType,
                                 Map<String, String> headers, String data, int partition, long offset) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public ReceivedCloudEvent {
        headers = Map.copyOf(headers);
    }

    /** The data as a JSON tree, for assertions on single fields. */
    public JsonNode dataJson() {
        try {
            return JSON.readTree(data);
        } catch (JsonProcessingException e) {
            throw new AssertionError("data of CloudEvent " + id + " is not JSON: " + data, e);
        }
    }

    /** The data bound to a type, with the caller's mapper (e.g. one that knows java.time). */
    public <T> T dataAs(Class<T> type, ObjectMapper mapper) {
        try {
            return mapper.readValue(data, type);
        } catch (JsonProcessingException e) {
            throw new AssertionError("data of CloudEvent " + id + " is not a " + type.getSimpleName() + ": " + data, e);
        }
    }
}
