package org.redress.servicekit.storage;

import jakarta.persistence.AttributeConverter;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;

/**
 * Writes a jsonb column from its stored shape and reads it back strictly ({@link StoredJson}); SQL
 * NULL stays null. Each stored shape has its own converter, a subclass naming the shape.
 */
public abstract class StoredJsonColumn<T> implements AttributeConverter<T, String> {

    private final StoredJson json;
    private final JavaType shape;

    protected StoredJsonColumn(StoredJson json, Class<T> shape) {
        this.json = json;
        this.shape = json.type(shape);
    }

    protected StoredJsonColumn(StoredJson json, TypeReference<T> shape) {
        this.json = json;
        this.shape = json.type(shape);
    }

    @Override
    public String convertToDatabaseColumn(T stored) {
        return stored == null ? null : json.write(stored);
    }

    @Override
    public T convertToEntityAttribute(String stored) {
        return stored == null ? null : json.read(stored, shape);
    }
}
