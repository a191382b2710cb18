package org.redress.servicekit.api;

/**
 * A response body that is one record at one version. Every successful answer carrying one, a read
 * or a change, has the version as its {@code ETag} (VersionTag), so a client can send its next change
 * with {@code If-Match} without reading the record again.
 */
public interface Versioned {

    /** The record's version, as If-Match takes it back. */
    long version();
}
