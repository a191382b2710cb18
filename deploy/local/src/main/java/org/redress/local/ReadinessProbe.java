package org.redress.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Asks a service's SmallRye Health readiness endpoint, once per call. */
public final class ReadinessProbe {

    public static final String READY_PATH = "/q/health/ready";

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient client;
    private final URI readyUri;

    public ReadinessProbe(int port) {
        this.client = HttpClient.newBuilder().connectTimeout(TIMEOUT).version(HttpClient.Version.HTTP_1_1).build();
        this.readyUri = URI.create("http://127.0.0.1:" + port + READY_PATH);
    }

    public Readiness check() throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(readyUri).timeout(TIMEOUT).GET().build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return Readiness.fromResponse(response.statusCode(), response.body());
        } catch (IOException e) {
            return Readiness.UNREACHABLE;
        }
    }

    public URI uri() {
        return readyUri;
    }
}
