package org.redress.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * {@code ./redress dev remedies} as a developer runs it: Kafka and the databases start, remedy-service
 * compiles with the platform modules it uses and answers ready in Quarkus dev mode, and SIGTERM to the
 * script stops dev mode and the infrastructure, leaving nothing running. On free ports, so that a
 * suite already running on the usual ones is no obstacle.
 */
class DevModeScriptIT {

    private static final Path ROOT = RepositoryRoot.findFrom(Path.of(""));
    private static final Duration READY_WITHIN = Duration.ofMinutes(3);

    @Test
    void startsAServiceInDevModeAndStopsEverythingOnSigterm() throws Exception {
        int kafkaPort = freePort();
        int httpPort = freePort();
        Path log = Files.createDirectories(ROOT.resolve("deploy/local/target")).resolve("dev-mode-script.log");
        ProcessBuilder builder = new ProcessBuilder("/bin/bash", ROOT.resolve("redress").toString(), "dev", "remedies",
                "-Ddebug=false")
                .directory(ROOT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("REDRESS_KAFKA_PORT", String.valueOf(kafkaPort));
        builder.environment().put("REDRESS_DEV_HTTP_PORT", String.valueOf(httpPort));
        Process script = builder.start();
        List<ProcessHandle> started = List.of();
        try {
            awaitReady(script, httpPort, log);
            started = script.descendants().toList();
            assertThat(started).as("the launcher, Maven and the dev-mode JVM").hasSizeGreaterThanOrEqualTo(3);

            script.destroy(); // SIGTERM, as a process manager or an IDE stops it

            assertThat(script.waitFor(90, TimeUnit.SECONDS)).as("the script exits; see %s", log).isTrue();
            for (ProcessHandle process : started) {
                assertThat(process.onExit().completeOnTimeout(process, 30, TimeUnit.SECONDS).get().isAlive())
                        .as("%s is still running after the script exited", process.info().commandLine().orElse("?"))
                        .isFalse();
            }
            assertThat(PortCheck.isFree(httpPort)).as("the service's port is free again").isTrue();
            assertThat(PortCheck.isFree(kafkaPort)).as("Kafka's port is free again").isTrue();
        } finally {
            script.descendants().forEach(ProcessHandle::destroyForcibly);
            started.forEach(ProcessHandle::destroyForcibly);
            script.destroyForcibly();
        }
    }

    private static void awaitReady(Process script, int port, Path log) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!script.isAlive()) {
                throw new AssertionError("./redress dev exited with " + script.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                HttpResponse<String> response = client.send(ready, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYetListening) {
                // dev mode is still compiling or starting
            }
            TimeUnit.SECONDS.sleep(2);
        }
        throw new AssertionError("remedy-service was not ready in dev mode within " + READY_WITHIN + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
