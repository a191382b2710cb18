package org.redress.servicekit.security;

import java.util.List;

/**
 * Who did something: a person or system from a verified token, or the service itself acting
 * on an event. Only identifiers, never names: the subject is the identity provider's id.
 */
public record Actor(String subject, List<String> roles, String clientId) {

    public Actor {
        roles = List.copyOf(roles);
    }

    /** Whether this is the service acting on its own account rather than a caller. */
    public boolean isSystem() {
        return subject.startsWith("system:");
    }

    /** The service acting on its own account, e.g. a Kafka consumer or a scheduled sweep. */
    public static Actor system(String name) {
        return new Actor("system:" + name, List.of(), null);
    }
}
