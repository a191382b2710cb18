package org.redress.servicekit.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

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
 * Reads and writes the JSON documents a service stores in its own columns, each from a stored-shape
 * record of its own in the infrastructure of the feature that owns the column, never from a domain
 * record. Every property is written, {@code null} included. Reading is strict: an unknown property,
 * a value of another type (a number, a boolean or empty text where text, an enum constant or a day is
 * stored; a fraction where a whole number is) or trailing content is refused rather than silently
 * dropped or coerced, so a document that no longer matches its shape fails loudly. A property
 * missing from a document reads as {@code null}, so rows written before a property was added still load.
 * <p>
 * Days are written the way each service has always written them, which a service states once by
 * choosing {@link #daysAsText()} or {@link #daysAsArrays()}.
 */
public final class StoredJson {

    private final ObjectMapper mapper;

    private StoredJson(boolean daysAsArrays) {
        this.mapper = strict(JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, daysAsArrays)
                .defaultLeniency(false)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .build());
    }

    /** Days written as ISO text: {@code "2026-01-16"}. */
    public static StoredJson daysAsText() {
        return new StoredJson(false);
    }

    /** Days written as arrays of year, month and day: {@code [2026,1,16]}. */
    public static StoredJson daysAsArrays() {
        return new StoredJson(true);
    }

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

    /** The stored JSON of {@code document}. */
    public String write(Object document) {
        try {
            return mapper.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(document.getClass().getSimpleName() + " cannot be stored", e);
        }
    }

    /** The stored document {@code json} as {@code shape}; a document that does not match it is refused. */
    public <T> T read(String json, Class<T> shape) {
        return read(json, type(shape));
    }

    /** As {@link #read(String, Class)}, for a shape with type arguments (a list of stored records). */
    public <T> T read(String json, TypeReference<T> shape) {
        return read(json, type(shape));
    }

    <T> T read(String json, JavaType shape) {
        try {
            return mapper.readValue(json, shape);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + shape.toCanonical() + " does not match its shape", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JavaType type(Class<?> shape) {
        return mapper.constructType(shape);
    }

    JavaType type(TypeReference<?> shape) {
        return mapper.constructType(shape);
    }
}
