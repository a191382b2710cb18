package org.redress.servicekit.idempotency;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

/** Hands the keyed request from the filter, which reads the raw body, to the interceptor, which runs the work. */
@RequestScoped
public class KeyedRequests {

    private KeyedRequest current;

    void set(KeyedRequest request) {
        this.current = request;
    }

    Optional<KeyedRequest> current() {
        return Optional.ofNullable(current);
    }
}
