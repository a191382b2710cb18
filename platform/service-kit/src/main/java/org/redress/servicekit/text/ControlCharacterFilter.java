package org.redress.servicekit.text;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.redress.contracts.problem.ProblemTypes;
import org.redress.servicekit.problem.ProblemResponses;

/**
 * Refuses a request whose path or query parameters hold a control character, before anything
 * reads them: a {@code %00} used to reach the database and answer 500, and a {@code %0A} lets a
 * caller forge a log line wherever a path is logged. No narrative travels in a URI, so no control
 * character is accepted there, not even a line break. Bodies are checked as they are read
 * (StrictJson).
 */
public class ControlCharacterFilter {

    private static final String REASON = " contains a control character";

    // after CorrelationIds (USER), so that the refusal carries the request's correlation id
    @ServerRequestFilter(preMatching = true, priority = Priorities.USER + 10)
    public Optional<Response> refuseControlCharacters(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        return where(uri).map(field -> ProblemResponses.of(uri, ProblemTypes.VALIDATION, "Request is not valid", 400,
                field + REASON, null, field, null));
    }

    /** The first place holding a control character: "path", a query parameter's name, or "query". */
    static Optional<String> where(UriInfo uri) {
        if (ControlCharacters.inAnyForm(uri.getPath())) {
            return Optional.of("path");
        }
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
            if (ControlCharacters.inAnyForm(parameter.getKey())) {
                return Optional.of("query");
            }
            if (parameter.getValue().stream().anyMatch(ControlCharacters::inAnyForm)) {
                return Optional.of(parameter.getKey());
            }
        }
        return Optional.empty();
    }
}
