/**
 * How assessment-service writes and strictly reads the JSON documents in its jsonb columns; the
 * stored shapes themselves live in the infrastructure of the feature that owns each column.
 */
package org.redress.assessments.storage;
