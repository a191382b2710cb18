package org.redress.contracts.problem;

/**
 * Problem type URIs (RFC 9457 {@code type}). One stable URI per rule, so that an integrator can
 * switch on it; the URN form avoids promising a web page that a council may not host.
 */
public final class ProblemTypes {

    public static final String PREFIX = "urn:redress:problem:";

    public static final String VALIDATION = PREFIX + "validation";
    public static final String MALFORMED_REQUEST = PREFIX + "malformed-request";
    public static final String NOT_FOUND = PREFIX + "not-found";
    public static final String IDEMPOTENCY_KEY_REUSED = PREFIX + "idempotency-key-reused";
    public static final String IDEMPOTENCY_KEY_IN_FLIGHT = PREFIX + "idempotency-key-in-flight";
    public static final String UNAUTHENTICATED = PREFIX + "unauthenticated";
    public static final String FORBIDDEN = PREFIX + "forbidden";
    public static final String CONCURRENT_UPDATE = PREFIX + "concurrent-update";
    public static final String SERVICE_UNAVAILABLE = PREFIX + "service-unavailable";
    public static final String INTERNAL = PREFIX + "internal";

    // Refusals of the HTTP exchange itself, before any operation runs.
    public static final String PAYLOAD_TOO_LARGE = PREFIX + "payload-too-large";
    public static final String URI_TOO_LONG = PREFIX + "uri-too-long";
    public static final String UNSUPPORTED_MEDIA_TYPE = PREFIX + "unsupported-media-type";
    public static final String NOT_ACCEPTABLE = PREFIX + "not-acceptable";
    public static final String METHOD_NOT_ALLOWED = PREFIX + "method-not-allowed";

    private ProblemTypes() {
    }

    public static String forRule(String rule) {
        return PREFIX + rule;
    }
}
