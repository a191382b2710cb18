package org.redress.assessments.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Reads and writes the JSON documents assessment-service stores in its own columns, each from a
 * stored-shape record of its own in the infrastructure of the feature that owns the column, never
 * from a domain record. Days are written as they always were, as arrays ({@code [2026,11,25]}), and
 * every property is written, {@code null} included. Reading is strict: an unknown property, a value
 * of another type (a number where a string or an enum is stored) or trailing content is refused
 * rather than silently dropped or coerced, so a document that no longer matches its shape fails loudly.
 */
public final class StoredDocuments {

    private static final ObjectMapper MAPPER = strict(JsonMapper.builder().addModule(new JavaTimeModule())
            // as Hibernate's own mapper wrote them: days as arrays, every property, null or not
            .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .defaultLeniency(false)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                    DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .build());

    /** No number, boolean or empty text is read as text, an enum constant or a day. */
    private static ObjectMapper strict(ObjectMapper mapper) {
        for (LogicalType type : List.of(LogicalType.Textual, LogicalType.Enum, LogicalType.DateTime)) {
            for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                    CoercionInputShape.Boolean, CoercionInputShape.EmptyString)) {
                mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
            }
        }
        return mapper;
    }

    private StoredDocuments() {
    }

    /** The stored JSON of {@code document}. */
    public static String write(Object document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(document.getClass().getSimpleName() + " cannot be stored", e);
        }
    }

    /** The stored document {@code json} as {@code shape}; a document that does not match it is refused. */
    public static <T> T read(String json, Class<T> shape) {
        try {
            return MAPPER.readValue(json, shape);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + shape.getSimpleName() + " does not match its shape", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
