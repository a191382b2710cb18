package org.redress.servicekit.idempotency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.redress.contracts.problem.ProblemTypes;
import org.redress.servicekit.problem.DatabaseFailures;
import org.redress.servicekit.problem.ProblemResponses;

/**
 * Honours the {@code Idempotency-Key} header on POST, PUT and PATCH: the first request with a
 * key is processed and its response stored; a retry with the same key and the same body gets
 * the stored response (header {@code Idempotent-Replayed: true}) and causes nothing new; the
 * same key with a different body is refused (422), and a retry while the first is still
 * running gets 409. A 5xx releases the key so that the retry is processed afresh.
 */
public class IdempotencyKeyFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final String SCOPE_PROPERTY = IdempotencyKeyFilter.class.getName();
    private static final Set<String> METHODS = Set.of("POST", "PUT", "PATCH");
    private static final Pattern ACCEPTED_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private static final Logger LOG = Logger.getLogger(IdempotencyKeyFilter.class);

    private final IdempotencyStore store;
    private final ObjectMapper objectMapper;

    public IdempotencyKeyFilter(IdempotencyStore store, ObjectMapper objectMapper) {
        this.store = store;
        this.objectMapper = objectMapper;
    }

    @ServerRequestFilter
    public Optional<Response> claim(ContainerRequestContext request, UriInfo uri) {
        String key = request.getHeaderString(HEADER);
        if (key == null || !METHODS.contains(request.getMethod())) {
            return Optional.empty();
        }
        if (!ACCEPTED_KEY.matcher(key).matches()) {
            return Optional.of(ProblemResponses.of(uri, ProblemTypes.VALIDATION, "Request is not valid", 400,
                    HEADER + " must be 1 to 255 visible ASCII characters", null, HEADER, null));
        }
        IdempotencyScope scope = new IdempotencyScope(key, request.getMethod(), uri.getPath());
        String hash = hashOf(request);
        if (store.claim(scope, hash)) {
            request.setProperty(SCOPE_PROPERTY, scope);
            return Optional.empty();
        }
        return Optional.of(answerForUsedKey(uri, scope, hash));
    }

    @ServerResponseFilter
    public void remember(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(SCOPE_PROPERTY) instanceof IdempotencyScope scope)) {
            return;
        }
        if (response.getStatus() >= 500) {
            keepingTheAnswer(scope, "release", () -> store.release(scope));
            return;
        }
        String location = response.getHeaderString(HttpHeaders.LOCATION);
        String contentType = response.getMediaType() == null ? null : response.getMediaType().toString();
        String body = bodyOf(response.getEntity());
        keepingTheAnswer(scope, "store the response of", () -> store.complete(scope, response.getStatus(), contentType,
                location, body));
    }

    /**
     * Updates the key's record after the request has been answered. If the database is unreachable by then
     * (typically the very failure that made the answer a 503), the answer already decided stands: turning it
     * into a 500 here would tell the caller less than the truth. The key's record stays unfinished.
     */
    private static void keepingTheAnswer(IdempotencyScope scope, String what, Runnable update) {
        try {
            update.run();
        } catch (RuntimeException failure) {
            if (!DatabaseFailures.isUnavailable(failure)) {
                throw failure;
            }
            LOG.warnf("could not %s %s %s %s=%s: the database is unavailable", what, scope.method(), scope.path(),
                    HEADER, scope.key());
        }
    }

    private Response answerForUsedKey(UriInfo uri, IdempotencyScope scope, String hash) {
        IdempotencyRecord first = store.find(scope).orElse(null);
        if (first == null || !first.completed()) {
            return ProblemResponses.of(uri, ProblemTypes.IDEMPOTENCY_KEY_IN_FLIGHT, "Request still in progress", 409,
                    "a request with this " + HEADER + " is still being processed; retry shortly", null, HEADER, null);
        }
        if (!first.requestHash().equals(hash)) {
            return ProblemResponses.of(uri, ProblemTypes.IDEMPOTENCY_KEY_REUSED, "Idempotency key reused", 422,
                    "this " + HEADER + " was used with a different request body", null, HEADER, null);
        }
        Response.ResponseBuilder replay = Response.status(first.status()).header(REPLAYED_HEADER, "true");
        if (first.body() != null) {
            replay.entity(first.body()).type(first.contentType());
        }
        if (first.location() != null) {
            replay.header(HttpHeaders.LOCATION, first.location());
        }
        return replay.build();
    }

    private static String hashOf(ContainerRequestContext request) {
        try {
            byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
            request.setEntityStream(new ByteArrayInputStream(body));
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(request.getMethod().getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String bodyOf(Object entity) {
        if (entity == null) {
            return null;
        }
        if (entity instanceof String text) {
            return text;
        }
        try {
            return objectMapper.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response cannot be stored for replay", e);
        }
    }
}
