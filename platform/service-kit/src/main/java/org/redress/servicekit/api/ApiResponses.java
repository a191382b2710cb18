package org.redress.servicekit.api;

import org.redress.servicekit.http.HttpRefusal;

/**
 * Named examples of problem details, for OpenAPI annotations that document error responses.
 * Kept beside the mappers' vocabulary so documentation and behaviour use the same words.
 */
public final class ApiResponses {

    public static final String PROBLEM_JSON = "application/problem+json";

    public static final String BAD_REQUEST_EXAMPLE = """
            {"type":"urn:redress:problem:validation","title":"Request is not valid","status":400,
             "detail":"receivedDate must not be null","instance":"/complaints","field":"receivedDate",
             "errors":[{"field":"receivedDate","message":"must not be null"}]}""";

    public static final String NOT_FOUND_EXAMPLE = """
            {"type":"urn:redress:problem:not-found","title":"Not Found","status":404,
             "detail":"no complaint with id 3f7c2a9e-1b4d-4c55-9a63-0d2f8e6b7a10","instance":"/complaints/3f7c2a9e-1b4d-4c55-9a63-0d2f8e6b7a10"}""";

    public static final String CONFLICT_EXAMPLE = """
            {"type":"urn:redress:problem:idempotency-key-in-flight","title":"Request still in progress","status":409,
             "detail":"a request with this Idempotency-Key is still being processed; retry shortly","field":"Idempotency-Key"}""";

    public static final String UNPROCESSABLE_EXAMPLE = """
            {"type":"urn:redress:problem:intake.received-date-in-future","title":"Breaks a rule of the procedure",
             "status":422,"detail":"receivedDate 2026-12-01 is after today (2026-11-25)","rule":"intake.received-date-in-future",
             "field":"receivedDate"}""";

    public static final String UNAUTHORIZED_EXAMPLE = """
            {"type":"urn:redress:problem:unauthenticated","title":"Unauthorized","status":401,
             "detail":"a valid bearer token is required","instance":"/complaints"}""";

    public static final String FORBIDDEN_EXAMPLE = """
            {"type":"urn:redress:problem:forbidden","title":"Forbidden","status":403,
             "detail":"the caller's role may not use this operation","instance":"/complaints"}""";

    public static final String SERVICE_UNAVAILABLE_EXAMPLE = """
            {"type":"urn:redress:problem:service-unavailable","title":"Service unavailable","status":503,
             "detail":"the service's database is unavailable; retry later","instance":"/complaints"}""";

    /** The problem a refusal of the HTTP exchange itself is answered with. */
    static String refusal(HttpRefusal refusal) {
        return "{\"type\":\"" + refusal.type() + "\",\"title\":\"" + refusal.title() + "\",\"status\":"
                + refusal.status() + ",\"detail\":\"" + refusal.detail() + "\",\"instance\":\"/complaints\"}";
    }

    private ApiResponses() {
    }
}
