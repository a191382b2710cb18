package org.redress.servicekit.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;

import org.redress.contracts.problem.ProblemTypes;
import org.redress.servicekit.json.RefusedValue;

/**
 * Tells the caller which field of a request body could not be read, and why, from whichever form
 * Jackson's failure takes: a binding failure carries the path of the field, a parsing failure (a
 * duplicate field, a number too large for its type, broken syntax) only the parser's position.
 * The detail never quotes the value, which may be personal data.
 */
final class UnreadableJson {

    private UnreadableJson() {
    }

    static Response problem(JacksonException failure, UriInfo uri) {
        String field = field(failure);
        return ProblemResponses.of(uri, ProblemTypes.MALFORMED_REQUEST, "Request body cannot be read", 400,
                detail(failure, field), null, field.isEmpty() ? null : field, null);
    }

    static String field(JacksonException failure) {
        StreamReadException parsing = cause(failure, StreamReadException.class);
        if (parsing != null && parsing.getProcessor() != null) {
            return JsonPaths.of(parsing.getProcessor().getParsingContext());
        }
        return failure instanceof JsonMappingException mapping ? JsonPaths.of(mapping.getPath()) : "";
    }

    static String detail(JacksonException failure, String field) {
        if (afterTheBody(failure)) {
            return "the request body has content after its JSON value";
        }
        RefusedValue refused = cause(failure, RefusedValue.class);
        if (refused != null) {
            return field + " " + refused.reason();
        }
        if (cause(failure, InputCoercionException.class) != null) {
            return field + " is a number out of the range accepted";
        }
        StreamReadException parsing = cause(failure, StreamReadException.class);
        // Jackson's own wording when StreamReadFeature.STRICT_DUPLICATE_DETECTION finds a second value
        if (parsing != null && parsing.getOriginalMessage().startsWith("Duplicate field")) {
            return field + " is given more than once";
        }
        if (parsing != null) {
            return "the request body is not well-formed JSON" + (field.isEmpty() ? "" : " (at " + field + ")");
        }
        return field.isEmpty() ? "the request body is not valid JSON for this operation"
                : field + " has a value of the wrong type or format";
    }

    /**
     * True when the body's JSON value was complete and another value followed it: the root has
     * seen more than one entry. (A stray close marker after it is simply JSON that is not well-formed.)
     */
    private static boolean afterTheBody(JacksonException failure) {
        if (!(failure.getProcessor() instanceof JsonParser parser) || parser.getParsingContext() == null) {
            return false;
        }
        JsonStreamContext root = parser.getParsingContext();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return root.getEntryCount() > 1;
    }

    private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
