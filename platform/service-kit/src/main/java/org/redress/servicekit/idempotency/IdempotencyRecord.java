package org.redress.servicekit.idempotency;

/** What the store holds for one key: the hash of the first request and its successful response. */
record IdempotencyRecord(String requestHash, StoredResponse response) {
}
