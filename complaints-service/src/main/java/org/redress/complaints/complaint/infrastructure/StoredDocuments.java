package org.redress.complaints.complaint.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.persistence.AttributeConverter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Reads and writes the JSON documents complaints-service stores in its own columns, each from a
 * stored-shape record of its own (the {@code Stored*} records of this package), never from a domain
 * record. Dates are written as ISO dates ({@code "2026-01-16"}), as they always have been. Reading is
 * strict: an unknown property, a value of another type (a number where a string or a date is stored,
 * a string where a number is) or trailing content is refused rather than silently dropped or coerced,
 * so a document that no longer matches its shape fails loudly.
 */
final class StoredDocuments {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .defaultLeniency(false)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Textual, strings -> strings
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    private StoredDocuments() {
    }

    /** The stored JSON of {@code document}. */
    static String write(Object document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(document.getClass().getSimpleName() + " cannot be stored", e);
        }
    }

    /** The stored document {@code json} as {@code shape}; a document that does not match it is refused. */
    static <T> T read(String json, Class<T> shape) {
        return read(json, MAPPER.constructType(shape));
    }

    /** As {@link #read(String, Class)}, for a shape with type arguments (a list of stored records). */
    static <T> T read(String json, TypeReference<T> shape) {
        return read(json, MAPPER.constructType(shape));
    }

    private static <T> T read(String json, JavaType shape) {
        try {
            return MAPPER.readValue(json, shape);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + shape.toCanonical() + " does not match its shape", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a column from its stored shape and reads it back strictly; SQL NULL stays null. */
    abstract static class Column<T> implements AttributeConverter<T, String> {

        private final JavaType shape;

        Column(Class<T> shape) {
            this.shape = MAPPER.constructType(shape);
        }

        Column(TypeReference<T> shape) {
            this.shape = MAPPER.constructType(shape);
        }

        @Override
        public String convertToDatabaseColumn(T stored) {
            return stored == null ? null : write(stored);
        }

        @Override
        public T convertToEntityAttribute(String json) {
            return json == null ? null : read(json, shape);
        }
    }
}
