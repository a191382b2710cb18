package org.redress.servicekit.http;

import org.redress.contracts.problem.ProblemTypes;

/**
 * The refusals of an HTTP exchange itself, made before any operation runs (by the HTTP server or by
 * the REST layer's content negotiation), each with its stable problem type, so that an integrator
 * reads them like every other Redress error.
 */
public enum HttpRefusal {

    METHOD_NOT_ALLOWED(405, ProblemTypes.METHOD_NOT_ALLOWED, "Method not allowed",
            "the resource does not offer this method; the Allow header lists those it does"),
    NOT_ACCEPTABLE(406, ProblemTypes.NOT_ACCEPTABLE, "Not acceptable",
            "the operation cannot answer in a media type the Accept header allows; accept application/json"),
    PAYLOAD_TOO_LARGE(413, ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large",
            "the request body is larger than the service accepts"),
    URI_TOO_LONG(414, ProblemTypes.URI_TOO_LONG, "URI too long",
            "the request's path and query are longer than the service accepts"),
    UNSUPPORTED_MEDIA_TYPE(415, ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
            "the operation does not read a body of this Content-Type; send application/json");

    private final int status;
    private final String type;
    private final String title;
    private final String detail;

    HttpRefusal(int status, String type, String title, String detail) {
        this.status = status;
        this.type = type;
        this.title = title;
        this.detail = detail;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }
}
