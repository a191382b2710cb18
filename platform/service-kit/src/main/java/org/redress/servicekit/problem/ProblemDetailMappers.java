package org.redress.servicekit.problem;

import java.util.Comparator;
import java.util.List;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.ProblemTypes;
import org.redress.contracts.problem.RuleViolation;
import org.redress.servicekit.http.HttpRefusal;
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
        return UnreadableJson.problem(exception, uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException exception, UriInfo uri) {
        return UnreadableJson.problem(exception, uri);
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
        if (exception.getCause() instanceof JacksonException unreadable) { // the JSON reader's 400 for a body it cannot parse
            return UnreadableJson.problem(unreadable, uri);
        }
        int status = exception.getResponse().getStatus();
        String type = status == 404 ? ProblemTypes.NOT_FOUND : ProblemTypes.PREFIX + "http-" + status;
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType == null ? "HTTP " + status : statusType.getReasonPhrase();
        return ProblemResponses.of(uri, type, title, status, exception.getMessage());
    }

    @ServerExceptionMapper
    public Response methodNotAllowed(NotAllowedException exception, UriInfo uri) {
        Response refusal = httpRefusal(HttpRefusal.METHOD_NOT_ALLOWED, uri);
        String allowed = exception.getResponse().getHeaderString(HttpHeaders.ALLOW);
        return allowed == null ? refusal : Response.fromResponse(refusal).header(HttpHeaders.ALLOW, allowed).build();
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException exception, UriInfo uri) {
        return httpRefusal(HttpRefusal.NOT_ACCEPTABLE, uri);
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException exception, UriInfo uri) {
        return httpRefusal(HttpRefusal.UNSUPPORTED_MEDIA_TYPE, uri);
    }

    /**
     * A write the database refused. A unique violation is a conflict naming the rule its constraint
     * stands for ({@link UniqueConstraints}); any other refusal is unexpected. Thrown when the write is
     * flushed within the operation, or at commit (then wrapped in a rollback).
     */
    @ServerExceptionMapper({ PersistenceException.class, RollbackException.class })
    public Response refusedWrite(Exception failure, UriInfo uri, SimpleResourceInfo resource) {
        return UniqueConstraints.brokenRule(failure)
                .map(rule -> ProblemResponses.of(uri, ProblemTypes.forRule(rule), title(ProblemKind.CONFLICT), 409,
                        "the request would duplicate an existing record, which rule " + rule + " forbids", rule,
                        null, null))
                .orElseGet(() -> unexpected(failure, uri, resource));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable failure, UriInfo uri, SimpleResourceInfo resource) {
        if (DatabaseFailures.isUnavailable(failure)) {
            LOG.warnf("database unavailable while serving %s: %s", operation(resource), LoggedFailure.summary(failure));
            return Response.fromResponse(ProblemResponses.of(uri, ProblemTypes.SERVICE_UNAVAILABLE,
                    "Service unavailable", 503, "the service's database is unavailable; retry later"))
                    .header("Retry-After", "5").build();
        }
        // the operation, not the path (a caller wrote it); the failure's classes and frames, not its messages
        LOG.errorf(LoggedFailure.withoutMessages(failure), "unexpected failure serving %s: %s", operation(resource),
                LoggedFailure.summary(failure));
        return ProblemResponses.of(uri, ProblemTypes.INTERNAL, "Internal error", 500,
                "the request failed unexpectedly; quote the correlation id when reporting it");
    }

    private static String operation(SimpleResourceInfo resource) {
        return resource == null || resource.getResourceClass() == null ? "a request matching no operation"
                : resource.getResourceClass().getSimpleName() + "." + resource.getMethodName();
    }

    private static Response httpRefusal(HttpRefusal refusal, UriInfo uri) {
        return ProblemResponses.of(uri, refusal.type(), refusal.title(), refusal.status(), refusal.detail());
    }

    private static Response concurrent(UriInfo uri) {
        return ProblemResponses.of(uri, ProblemTypes.CONCURRENT_UPDATE, "Concurrent update", 409,
                "the record was changed by another request; read it again and retry");
    }

    private static String title(ProblemKind kind) {
        return switch (kind) {
            case BAD_REQUEST -> "Request is not valid";
            case NOT_FOUND -> "Not Found"; // as HTTP names it, whatever raised the 404
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
