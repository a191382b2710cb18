package org.redress.planted.alpha.infrastructure;

/** Planted: a stored row that refers to another feature (half of a cycle). */
public class StoredRow {
    org.redress.planted.beta.api.ResourceReadingRows other;
}
