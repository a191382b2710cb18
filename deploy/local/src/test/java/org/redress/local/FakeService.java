package org.redress.local;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for a Quarkus service in ServiceProcessIT: serves /q/health/ready on HTTP_PORT, DOWN
 * until READY_AFTER_MS have passed, then UP; exits at once with FAIL_WITH as its code if that is set.
 */
public final class FakeService {

    private FakeService() {
    }

    public static void main(String[] args) throws IOException {
        String failWith = System.getenv("FAIL_WITH");
        if (failWith != null) {
            System.out.println("fake service failing on purpose");
            System.exit(Integer.parseInt(failWith));
        }
        long readyAt = System.currentTimeMillis() + Long.parseLong(System.getenv().getOrDefault("READY_AFTER_MS", "0"));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(System.getenv("HTTP_PORT"))), 0);
        server.createContext("/q/health/ready", exchange -> {
            boolean up = System.currentTimeMillis() >= readyAt;
            byte[] body = ("{\"status\": \"" + (up ? "UP" : "DOWN") + "\", \"checks\": []}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(up ? 200 : 503, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("fake service stopping on SIGTERM")));
        System.out.println("fake service listening");
    }
}
