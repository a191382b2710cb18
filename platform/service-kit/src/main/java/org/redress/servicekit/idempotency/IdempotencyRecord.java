package org.redress.servicekit.idempotency;

/**
 * What the store holds for one key: the hash of the first request and, once it completed,
 * its response. {@code status == null} means the first request is still being processed.
 */
record IdempotencyRecord(String requestHash, Integer status, String contentType, String location, String body) {

    boolean completed() {
        return status != null;
    }
}
