package org.redress.complaints.complaint.domain;

import java.time.LocalDate;
import java.util.Arrays;

/** Why and when a complaint was closed. */
public record Closure(Reason reason, LocalDate closedOn) {

    /**
     * The only reasons a complaint may be closed (DOMAIN §2). Failing to agree a statement of
     * complaint is deliberately not one of them.
     */
    public enum Reason {
        RESOLVED, WITHDRAWN_BY_COMPLAINANT, NO_RESPONSE_AFTER_DOCUMENTED_ATTEMPTS, REFERRED_ELSEWHERE;

        static boolean known(String code) {
            return Arrays.stream(values()).anyMatch(r -> r.name().equals(code));
        }
    }
}
