package org.redress.testkit.fuzz;

import java.util.Map;

/**
 * One request of the walk: the operation it exercises, the one thing made wrong in it, and the
 * request itself, ready to send.
 *
 * @param operation   {@code METHOD /template}, as in the OpenAPI document
 * @param mutation    what differs from the operation's valid request, e.g. {@code body.points[0]: NUL};
 *                    {@code valid} for the unmutated request
 * @param role        the role of the token it is sent with, one the operation allows
 * @param method      the HTTP method
 * @param uri         path and query, already percent-encoded (sent without further encoding)
 * @param headers     extra headers (Idempotency-Key, If-Match, Content-Type)
 * @param body        the body text, or {@code null} for none
 */
public record FuzzRequest(String operation, String mutation, String role, String method, String uri,
        Map<String, String> headers, String body) {

    /** The mutation label of the unmutated request. */
    public static final String VALID = "valid";

    public boolean isValid() {
        return VALID.equals(mutation);
    }
}
