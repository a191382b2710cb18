package org.redress.servicekit.idempotency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.redress.contracts.problem.ProblemTypes;
import org.redress.servicekit.problem.ProblemResponses;

/**
 * Honours the {@code Idempotency-Key} header on the POST, PUT and PATCH operations of
 * {@link Idempotent} resources. A key belongs to one caller (token subject and client) and one
 * operation (method and path). The first request with a key is processed; a retry by the same
 * caller with the same body gets the first response (header {@code Idempotent-Replayed: true})
 * and causes nothing new; the same key with a different body is refused (422), and a retry while
 * the first is still running gets 409. Only a successful (2xx) answer is kept: after a refusal or
 * a failure the key is free, so the corrected request can be sent with it.
 *
 * <p>This filter checks the key and fingerprints the raw body; {@link IdempotentOperation} does the
 * rest inside the operation's transaction.
 */
public class IdempotencyKeyFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /** The longest key accepted, in characters. */
    public static final int MAX_KEY_LENGTH = 255;
    /** Visible ASCII only: a key is an opaque token, and one with spaces or control characters is a mistake. */
    public static final String KEY_PATTERN = "^[\\x21-\\x7E]{1," + MAX_KEY_LENGTH + "}$";
    private static final Pattern ACCEPTED_KEY = Pattern.compile(KEY_PATTERN);
    private static final Set<String> METHODS = Set.of("POST", "PUT", "PATCH");

    private final KeyedRequests keyedRequests;

    public IdempotencyKeyFilter(KeyedRequests keyedRequests) {
        this.keyedRequests = keyedRequests;
    }

    @ServerRequestFilter
    public Optional<Response> recordKey(ContainerRequestContext request, UriInfo uri, ResourceInfo operation) {
        String key = request.getHeaderString(HEADER);
        if (key == null || !METHODS.contains(request.getMethod()) || !honoursKeys(operation)) {
            return Optional.empty();
        }
        if (!ACCEPTED_KEY.matcher(key).matches()) {
            return Optional.of(ProblemResponses.of(uri, ProblemTypes.VALIDATION, "Request is not valid", 400,
                    HEADER + " must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters", null, HEADER, null));
        }
        keyedRequests.set(new KeyedRequest(key, request.getMethod(), uri.getPath(), hashOf(request), uri));
        return Optional.empty();
    }

    @ServerExceptionMapper
    public Response answer(IdempotentAnswer answer) {
        return answer.response();
    }

    private static boolean honoursKeys(ResourceInfo operation) {
        Method method = operation.getResourceMethod();
        Class<?> resource = operation.getResourceClass();
        return method != null && (method.isAnnotationPresent(Idempotent.class)
                || resource != null && resource.isAnnotationPresent(Idempotent.class));
    }

    private static String hashOf(ContainerRequestContext request) {
        try {
            byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
            request.setEntityStream(new ByteArrayInputStream(body));
            MessageDigest digest = IdempotencyScope.sha256();
            digest.update(request.getMethod().getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
