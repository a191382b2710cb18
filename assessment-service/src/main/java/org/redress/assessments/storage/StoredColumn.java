package org.redress.assessments.storage;

import org.redress.servicekit.storage.StoredJsonColumn;

/**
 * Writes a jsonb column of assessment-service from its stored shape and reads it back strictly
 * ({@link StoredDocuments}). Each stored shape has its own converter, a subclass naming the shape.
 */
public abstract class StoredColumn<T> extends StoredJsonColumn<T> {

    protected StoredColumn(Class<T> shape) {
        super(StoredDocuments.JSON, shape);
    }
}
