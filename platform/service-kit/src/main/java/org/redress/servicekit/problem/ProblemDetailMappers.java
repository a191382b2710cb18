package org.redress.servicekit.problem;

import java.util.Comparator;
import java.util.List;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.ProblemTypes;
import org.redress.contracts.problem.RuleViolation;
import org.redress.statutorytime.StatutoryTimeException;

/**
 * The one place where exceptions become RFC 9457 problem details. A broken rule names itself;
 * unreadable JSON names the field; nothing ever shows a stack trace or SQL to the caller.
 */
public class ProblemDetailMappers {

    private static final Logger LOG = Logger.getLogger(ProblemDetailMappers.class);

    @ServerExceptionMapper
    public Response ruleViolation(RuleViolation violation, UriInfo uri) {
        return ProblemResponses.of(uri, violation.type(), title(violation.kind()), violation.kind().status(),
                violation.getMessage(), violation.rule(), violation.field(), null);
    }

    @ServerExceptionMapper
    public Response statutoryTime(StatutoryTimeException exception, UriInfo uri) {
        String rule = exception.rule().code();
        return ProblemResponses.of(uri, ProblemTypes.forRule(rule), title(ProblemKind.UNPROCESSABLE), 422,
                exception.getMessage(), rule, null, null);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException exception, UriInfo uri) {
        List<ProblemDetail.FieldError> errors = exception.getConstraintViolations().stream()
                .map(v -> new ProblemDetail.FieldError(leaf(v), v.getMessage()))
                .sorted(Comparator.comparing(ProblemDetail.FieldError::field))
                .toList();
        String field = errors.isEmpty() ? null : errors.get(0).field();
        String detail = errors.isEmpty() ? "the request is not valid"
                : errors.get(0).field() + " " + errors.get(0).message();
        return ProblemResponses.of(uri, ProblemTypes.VALIDATION, "Request is not valid", 400, detail, null, field,
                errors);
    }

    @ServerExceptionMapper({ MismatchedInputException.class, JsonMappingException.class })
    public Response unreadableField(JsonMappingException exception, UriInfo uri) {
        String field = JsonPaths.of(exception.getPath());
        String detail = field.isEmpty() ? "the request body is not valid JSON for this operation"
                : field + " has a value of the wrong type or format";
        return ProblemResponses.of(uri, ProblemTypes.MALFORMED_REQUEST, "Request body cannot be read", 400, detail,
                null, field.isEmpty() ? null : field, null);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException exception, UriInfo uri) {
        return ProblemResponses.of(uri, ProblemTypes.MALFORMED_REQUEST, "Request body cannot be read", 400,
                "the request body is not well-formed JSON");
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException exception, UriInfo uri) {
        return Response.fromResponse(ProblemResponses.of(uri, ProblemTypes.UNAUTHENTICATED, "Unauthorized", 401,
                "a valid bearer token is required")).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception, UriInfo uri) {
        return ProblemResponses.of(uri, ProblemTypes.FORBIDDEN, "Forbidden", 403,
                "the caller's role may not use this operation");
    }

    @ServerExceptionMapper
    public Response concurrentUpdate(OptimisticLockException exception, UriInfo uri) {
        return concurrent(uri);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException exception, UriInfo uri) {
        return concurrent(uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException exception, UriInfo uri) {
        int status = exception.getResponse().getStatus();
        String type = status == 404 ? ProblemTypes.NOT_FOUND : ProblemTypes.PREFIX + "http-" + status;
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType == null ? "HTTP " + status : statusType.getReasonPhrase();
        return ProblemResponses.of(uri, type, title, status, exception.getMessage());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable failure, UriInfo uri) {
        if (DatabaseFailures.isUnavailable(failure)) {
            LOG.warnf("database unavailable while serving %s: %s", uri.getPath(), failure.getClass().getSimpleName());
            return Response.fromResponse(ProblemResponses.of(uri, ProblemTypes.SERVICE_UNAVAILABLE,
                    "Service unavailable", 503, "the service's database is unavailable; retry later"))
                    .header("Retry-After", "5").build();
        }
        LOG.errorf(failure, "unexpected failure serving %s", uri.getPath());
        return ProblemResponses.of(uri, ProblemTypes.INTERNAL, "Internal error", 500,
                "the request failed unexpectedly; quote the correlation id when reporting it");
    }

    private static Response concurrent(UriInfo uri) {
        return ProblemResponses.of(uri, ProblemTypes.CONCURRENT_UPDATE, "Concurrent update", 409,
                "the record was changed by another request; read it again and retry");
    }

    private static String title(ProblemKind kind) {
        return switch (kind) {
            case BAD_REQUEST -> "Request is not valid";
            case NOT_FOUND -> "Not found";
            case CONFLICT -> "Conflicts with the current state";
            case UNPROCESSABLE -> "Breaks a rule of the procedure";
        };
    }

    private static String leaf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // method-parameter paths look like "register.request.receivedDate": keep the request's own path;
        // a query or path parameter's is "list.page": name the parameter alone
        String[] parts = path.split("\\.");
        if (parts.length == 2) {
            return parts[1];
        }
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length)) : path;
    }
}
