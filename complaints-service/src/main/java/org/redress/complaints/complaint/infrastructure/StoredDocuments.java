package org.redress.complaints.complaint.infrastructure;

import org.redress.servicekit.storage.StoredJson;
import org.redress.servicekit.storage.StoredJsonColumn;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * The JSON documents complaints-service stores in its own columns, each written from a stored-shape
 * record of its own (the {@code Stored*} records of this package), never from a domain record, and
 * read strictly, as every service reads its stored documents ({@link StoredJson}). Dates are written
 * as ISO dates ({@code "2026-01-16"}), as they always have been.
 */
final class StoredDocuments {

    static final StoredJson JSON = StoredJson.daysAsText();

    private StoredDocuments() {
    }

    /** Writes a column from its stored shape and reads it back strictly; SQL NULL stays null. */
    abstract static class Column<T> extends StoredJsonColumn<T> {

        Column(Class<T> shape) {
            super(JSON, shape);
        }

        Column(TypeReference<T> shape) {
            super(JSON, shape);
        }
    }
}
