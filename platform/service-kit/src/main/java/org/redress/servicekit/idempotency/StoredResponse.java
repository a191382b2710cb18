package org.redress.servicekit.idempotency;

import java.lang.reflect.Method;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.redress.servicekit.api.IfMatch;

/**
 * The answer an operation gave, as kept for replay: status, content type, {@code Location} and
 * the body as it was written. A body that is a versioned record is replayed with its version as the
 * {@code ETag}, as the first answer had it (VersionTag).
 */
record StoredResponse(int status, String contentType, String location, String body) {

    private static final ObjectMapper BODY = new ObjectMapper();

    /** The status an operation's result will be answered with: a {@link Response}'s own, else 200, or 204 for none. */
    static int statusOf(Object result) {
        if (result instanceof Response response) {
            return response.getStatus();
        }
        return result == null ? 204 : 200;
    }

    static boolean successful(int status) {
        return status >= 200 && status < 300;
    }

    /** The result of {@code operation} in the form it is replayed; {@code mapper} is the one the REST layer writes with. */
    static StoredResponse of(Object result, Method operation, ObjectMapper mapper) {
        Object entity = result instanceof Response response ? response.getEntity() : result;
        MediaType type = result instanceof Response response ? response.getMediaType() : null;
        String location = result instanceof Response response ? response.getHeaderString(HttpHeaders.LOCATION) : null;
        String contentType = type != null ? type.toString() : entity == null ? null : produced(operation);
        return new StoredResponse(statusOf(result), contentType, location, bodyOf(entity, mapper));
    }

    Response replay(String replayedHeader) {
        Response.ResponseBuilder replay = Response.status(status).header(replayedHeader, "true");
        if (body != null) {
            replay.entity(body).type(contentType);
        }
        if (location != null) {
            replay.header(HttpHeaders.LOCATION, location);
        }
        versionOf(body).ifPresent(version -> replay.tag(new EntityTag(IfMatch.tag(version))));
        return replay.build();
    }

    /** The top-level {@code version} of a JSON record body, as {@link org.redress.servicekit.api.Versioned} gave it. */
    static java.util.Optional<Long> versionOf(String body) {
        if (body == null || !body.startsWith("{")) {
            return java.util.Optional.empty();
        }
        try {
            JsonNode version = BODY.readTree(body).path("version");
            return version.isIntegralNumber() ? java.util.Optional.of(version.asLong()) : java.util.Optional.empty();
        } catch (JsonProcessingException e) {
            return java.util.Optional.empty();
        }
    }

    private static String produced(Method operation) {
        Produces produces = operation.getAnnotation(Produces.class);
        if (produces == null) {
            produces = operation.getDeclaringClass().getAnnotation(Produces.class);
        }
        return produces == null || produces.value().length == 0 ? MediaType.APPLICATION_JSON : produces.value()[0];
    }

    private static String bodyOf(Object entity, ObjectMapper mapper) {
        if (entity == null || entity instanceof String) {
            return (String) entity;
        }
        try {
            return mapper.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response cannot be stored for replay", e);
        }
    }
}
