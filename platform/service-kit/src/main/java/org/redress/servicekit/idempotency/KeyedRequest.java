package org.redress.servicekit.idempotency;

import jakarta.ws.rs.core.UriInfo;

/**
 * A write request that carried a well-formed {@code Idempotency-Key}, as the filter saw it before
 * the body was read by anything else.
 *
 * @param key         the key as sent: 1 to 255 visible ASCII characters
 * @param method      POST, PUT or PATCH
 * @param path        the request path, decoded; only ever hashed, never stored or logged
 * @param requestHash SHA-256 of the method and the raw body, to tell a retry from another request
 * @param uri         for the {@code instance} of a problem detail about the key
 */
record KeyedRequest(String key, String method, String path, String requestHash, UriInfo uri) {
}
