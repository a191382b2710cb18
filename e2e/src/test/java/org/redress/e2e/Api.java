package org.redress.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.redress.devidentity.DevTokens;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * A service's HTTP API as an integrator calls it: JSON over HTTP with a development bearer token for one
 * role. Bodies are JSON text or any object Jackson can write. Immutable; {@link #header} returns a copy.
 */
public final class Api {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private final String baseUrl;
    private final String role;
    private final Map<String, String> headers;

    Api(String baseUrl, String role) {
        this(baseUrl, role, Map.of());
    }

    private Api(String baseUrl, String role, Map<String, String> headers) {
        this.baseUrl = baseUrl;
        this.role = role;
        this.headers = Map.copyOf(headers);
    }

    /** The same caller sending one more header on every request, e.g. {@code Idempotency-Key} or {@code If-Match}. */
    public Api header(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Api(baseUrl, role, more);
    }

    public ApiResponse get(String path) {
        return send("GET", path, null);
    }

    public ApiResponse post(String path, Object body) {
        return send("POST", path, body);
    }

    public ApiResponse put(String path, Object body) {
        return send("PUT", path, body);
    }

    /**
     * Sends one request. A connection refused or reset (a killed service) is returned as status 0 so that
     * a load generator can count it as "not acknowledged" rather than fail.
     */
    public ApiResponse send(String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token(role))
                .header("Accept", "application/json, application/problem+json");
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json(body)));
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new ApiResponse(method + " " + path, response.statusCode(), parse(response.body()), response.body(),
                    response.headers().map());
        } catch (IOException e) {
            return new ApiResponse(method + " " + path, 0, MissingNode.getInstance(), e.toString(), Map.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + method + " " + path, e);
        }
    }

    /**
     * A development bearer token for {@code role}, minted once per run and shared by every client of the suite.
     * {@code role@reference} is someone in that role known by the staff reference a case appoints them by
     * ({@code investigating-officer@IO-2231}); {@code role@reference/team} someone who also works in that team
     * ({@code social-worker@SW-0147/CHILDRENS_SOCIAL_CARE}).
     */
    public static String token(String role) {
        return TOKENS.computeIfAbsent(role, r -> {
            String[] roleAndReference = r.split("@", 2);
            DevTokens.TokenRequest request = DevTokens.TokenRequest.forRoles("e2e-" + r, List.of(roleAndReference[0]));
            if (roleAndReference.length == 2) {
                String[] referenceAndTeam = roleAndReference[1].split("/", 2);
                request = request.withStaffReference(referenceAndTeam[0])
                        .withTeam(referenceAndTeam.length == 2 ? referenceAndTeam[1] : null);
            }
            return DevTokens.mint(request);
        });
    }

    static String json(Object body) {
        if (body instanceof String text) {
            return text;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not writable as JSON: " + body, e);
        }
    }

    private static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }
}
