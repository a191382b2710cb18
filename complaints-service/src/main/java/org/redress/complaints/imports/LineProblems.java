package org.redress.complaints.imports;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

import org.jboss.logging.Logger;
import org.redress.contracts.problem.ProblemTypes;
import org.redress.contracts.problem.RuleViolation;
import org.redress.servicekit.problem.LoggedFailure;
import org.redress.servicekit.problem.ProblemDetail;
import org.redress.servicekit.problem.ProblemDetailMappers;
import org.redress.servicekit.problem.ProblemResponses;
import org.redress.statutorytime.StatutoryTimeException;

/**
 * The problem detail a refused line gets: the one the API answers for the same failure (service-kit's
 * mappers make it), its field made a path in the line ({@code steps[2].body.decidedOn}).
 */
@ApplicationScoped
class LineProblems {

    private static final Logger LOG = Logger.getLogger(LineProblems.class);

    private final ProblemDetailMappers mappers = new ProblemDetailMappers();

    ProblemDetail of(Throwable failure, String fieldPrefix, UriInfo uri) {
        return within(problem(failure, uri), fieldPrefix);
    }

    private ProblemDetail problem(Throwable failure, UriInfo uri) {
        if (failure instanceof ConstraintViolationException invalid) {
            return invalid(invalid, uri);
        }
        return (ProblemDetail) response(failure, uri).getEntity();
    }

    private Response response(Throwable failure, UriInfo uri) {
        if (failure instanceof RuleViolation violation) {
            return mappers.ruleViolation(violation, uri);
        } else if (failure instanceof StatutoryTimeException statutory) {
            return mappers.statutoryTime(statutory, uri);
        } else if (failure instanceof JsonMappingException unreadable) {
            return mappers.unreadableField(unreadable, uri);
        } else if (failure instanceof JsonProcessingException malformed) {
            return mappers.malformedJson(malformed, uri);
        } else if (failure instanceof OptimisticLockException concurrent) {
            return mappers.concurrentUpdate(concurrent, uri);
        } else if (failure instanceof PersistenceException refusedWrite) {
            return mappers.refusedWrite(refusedWrite, uri, null);
        }
        // the failure's classes and frames, never its messages: they may quote what the file said
        LOG.errorf(LoggedFailure.withoutMessages(failure), "complaint import: unexpected failure replaying a line: %s",
                LoggedFailure.summary(failure));
        return ProblemResponses.of(uri, ProblemTypes.INTERNAL, "Internal error", 500,
                "the line failed unexpectedly; quote the correlation id when reporting it");
    }

    /** As the API's validation problem, but with each field's whole path in the validated record. */
    private static ProblemDetail invalid(ConstraintViolationException invalid, UriInfo uri) {
        List<ProblemDetail.FieldError> errors = invalid.getConstraintViolations().stream()
                .map(v -> new ProblemDetail.FieldError(path(v), v.getMessage()))
                .sorted(Comparator.comparing(ProblemDetail.FieldError::field))
                .toList();
        ProblemDetail.FieldError first = errors.get(0);
        return (ProblemDetail) ProblemResponses.of(uri, ProblemTypes.VALIDATION, "Request is not valid", 400,
                first.field() + " " + first.message(), null, first.field(), errors).getEntity();
    }

    private static String path(ConstraintViolation<?> violation) {
        return violation.getPropertyPath().toString().replace(".<list element>", "");
    }

    private static ProblemDetail within(ProblemDetail problem, String prefix) {
        if (prefix.isEmpty() || problem.field() == null) {
            return problem;
        }
        List<ProblemDetail.FieldError> errors = problem.errors() == null ? null : problem.errors().stream()
                .map(error -> new ProblemDetail.FieldError(prefix + error.field(), error.message())).toList();
        return new ProblemDetail(problem.type(), problem.title(), problem.status(), problem.detail(), problem.instance(),
                problem.rule(), prefix + problem.field(), problem.correlationId(), errors);
    }
}
