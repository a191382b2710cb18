package org.redress.assessments.assessment.api;

import org.redress.contracts.Bounds;

/**
 * The patterns the request bodies of assessment operations check their identifiers against. Every
 * value of a request is bounded, once, by the shared {@link Bounds}: the bounds appear in the
 * OpenAPI document and a value outside them is a 400 naming the field before it can reach a figure,
 * a stored record or an event another service consumes.
 */
public final class RequestPatterns {

    /** A short code or reference from a council system: letters, digits and dashes. */
    public static final String REFERENCE = "[A-Za-z0-9-]{1," + Bounds.MAX_REFERENCE_LENGTH + "}";
    /** A staff identifier: also dots and underscores, as directory accounts have them. */
    public static final String STAFF_ID = "[A-Za-z0-9._-]{1," + Bounds.MAX_REFERENCE_LENGTH + "}";

    private RequestPatterns() {
    }
}
