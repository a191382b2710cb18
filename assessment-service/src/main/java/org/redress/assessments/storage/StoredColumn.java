package org.redress.assessments.storage;

import jakarta.persistence.AttributeConverter;

/**
 * Writes a jsonb column from its stored shape and reads it back strictly ({@link StoredDocuments}).
 * Each stored shape has its own converter, a subclass naming the shape.
 */
public abstract class StoredColumn<T> implements AttributeConverter<T, String> {

    private final Class<T> shape;

    protected StoredColumn(Class<T> shape) {
        this.shape = shape;
    }

    @Override
    public String convertToDatabaseColumn(T stored) {
        return stored == null ? null : StoredDocuments.write(stored);
    }

    @Override
    public T convertToEntityAttribute(String json) {
        return json == null ? null : StoredDocuments.read(json, shape);
    }
}
