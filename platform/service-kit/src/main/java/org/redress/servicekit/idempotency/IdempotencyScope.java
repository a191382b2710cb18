package org.redress.servicekit.idempotency;

/** A key is scoped to the operation it was sent with: the same key on another path is another key. */
record IdempotencyScope(String key, String method, String path) {
}
