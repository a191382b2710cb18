package org.redress.servicekit.problem;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;

import org.redress.contracts.problem.ProblemTypes;

/**
 * A query value the operation cannot read ({@code ?page=abc}, {@code ?clock=BOGUS}, an empty
 * {@code ?clock=}, {@code ?topic=}) is refused before the operation runs, with the documented 400 naming the parameter
 * and what it takes. Left to the REST layer, an unreadable value is answered 404 (as JAX-RS prescribes,
 * which reads as "no such resource") and an empty one is taken as absent, so {@code ?clock=} silently
 * lists everything. The value itself is not repeated: it is the caller's text.
 */
@Provider
public class UnreadableQuery implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        problem(resource == null ? null : resource.getResourceMethod(), request.getUriInfo())
                .ifPresent(request::abortWith);
    }

    /** The 400 for the first query parameter of the operation that cannot be read, if there is one. */
    static Optional<Response> problem(Method method, UriInfo uri) {
        if (method == null) {
            return Optional.empty();
        }
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        for (Parameter parameter : method.getParameters()) {
            QueryParam name = parameter.getAnnotation(QueryParam.class);
            List<String> values = name == null ? null : query.get(name.value());
            if (values == null) {
                continue;
            }
            for (String value : values) {
                Optional<String> expected = unreadable(parameter.getType(), value);
                if (expected.isPresent()) {
                    String detail = name.value() + " must be " + expected.get();
                    return Optional.of(ProblemResponses.of(uri, ProblemTypes.VALIDATION, "Request is not valid", 400,
                            detail, null, name.value(),
                            List.of(new ProblemDetail.FieldError(name.value(), "must be " + expected.get()))));
                }
            }
        }
        return Optional.empty();
    }

    /** What the parameter takes, when {@code value} is not that; empty when it reads. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    static Optional<String> unreadable(Class<?> type, String value) {
        if (value.isEmpty()) { // a filter named with no value is a mistake, not "no filter"
            return Optional.of(type == String.class ? "a value, not empty" : expectation(type));
        }
        try {
            if (type.isEnum()) {
                Enum.valueOf((Class<? extends Enum>) type, value);
            } else if (type == int.class || type == Integer.class) {
                Integer.parseInt(value);
            } else if (type == long.class || type == Long.class) {
                Long.parseLong(value);
            } else if (type == LocalDate.class) {
                LocalDate.parse(value);
            } else if (type == UUID.class) {
                UUID.fromString(value);
            } else if (type == boolean.class || type == Boolean.class) {
                if (!value.equals("true") && !value.equals("false")) {
                    throw new IllegalArgumentException();
                }
            }
            return Optional.empty();
        } catch (RuntimeException unreadable) {
            return Optional.of(expectation(type));
        }
    }

    private static String expectation(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "a date, YYYY-MM-DD";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        return "a whole number";
    }
}
