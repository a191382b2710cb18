package org.redress.complaints.complaint.infrastructure;

import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Turns the complaint's stage records into the JSON stored in its row and back. A private mapper,
 * not the API's: stored JSON must round-trip whatever the API's strictness settings are.
 */
final class ProgressJson {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ProgressJson() {
    }

    static JsonNode write(Object value) {
        return value == null ? null : MAPPER.valueToTree(value);
    }

    static <T> T read(JsonNode node, Class<T> type) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return MAPPER.treeToValue(node, type);
        } catch (Exception e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " cannot be read", e);
        }
    }

    static <T> List<T> readList(JsonNode node, TypeReference<List<T>> type) {
        return node == null || node.isNull() ? List.of() : MAPPER.convertValue(node, type);
    }

    static String text(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException("cannot write " + value, e);
        }
    }

    static <T> List<T> readList(String json, TypeReference<List<T>> type) {
        try {
            return json == null ? List.of() : MAPPER.readValue(json, type);
        } catch (Exception e) {
            throw new IllegalStateException("stored list cannot be read", e);
        }
    }
}
