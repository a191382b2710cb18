package org.redress.servicekit.idempotency;

import jakarta.ws.rs.core.Response;

/**
 * The answer to a request whose key was already used - the first response replayed, or a problem
 * detail - given instead of running the operation. Thrown rather than returned because the
 * operation's own return type is rarely a {@link Response}; {@link IdempotencyKeyFilter} maps it.
 */
final class IdempotentAnswer extends RuntimeException {

    private final transient Response response;

    IdempotentAnswer(Response response) {
        super("answered from the idempotency key", null, false, false);
        this.response = response;
    }

    Response response() {
        return response;
    }
}
