package org.redress.servicekit.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.redress.servicekit.correlation.CorrelationIds;

/** Builds problem-detail responses with the request path and correlation id filled in. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(UriInfo uri, String type, String title, int status, String detail, String rule,
            String field, List<ProblemDetail.FieldError> errors) {
        ProblemDetail body = new ProblemDetail(type, title, status, detail, path(uri), rule, field,
                CorrelationIds.current(), errors == null || errors.isEmpty() ? null : errors);
        return Response.status(status).type(ProblemDetail.MEDIA_TYPE).entity(body).build();
    }

    public static Response of(UriInfo uri, String type, String title, int status, String detail) {
        return of(uri, type, title, status, detail, null, null, null);
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
