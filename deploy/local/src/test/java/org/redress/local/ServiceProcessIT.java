package org.redress.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real processes: a small stand-in service JVM started, polled until ready and stopped with SIGTERM. */
class ServiceProcessIT {

    private static final List<String> SMALL_JVM = List.of("-Xmx32m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    @TempDir
    static Path dir;
    private static Path jar;

    @BeforeAll
    static void packageTheFakeService() throws IOException {
        jar = dir.resolve("fake-service.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        String entry = FakeService.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
             InputStream classFile = FakeService.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            classFile.transferTo(out);
            out.closeEntry();
        }
    }

    @Test
    void waitsUntilTheServiceAnswersUpThenStopsItWithSigterm() throws Exception {
        ServiceLaunch launch = launch("slow-starter", Map.of("READY_AFTER_MS", "1500"));
        try (SuiteProcesses suite = SuiteProcesses.start(List.of(launch))) {
            ServiceProcess service = suite.process("slow-starter");
            assertThat(service.pollReadiness()).isNotEqualTo(Readiness.UP);

            Duration suiteReady = suite.awaitReady(Duration.ofSeconds(30));

            assertThat(service.timeToReady()).hasValueSatisfying(t -> assertThat(t).isGreaterThanOrEqualTo(Duration.ofMillis(1500)));
            assertThat(suiteReady).isGreaterThanOrEqualTo(service.timeToReady().orElseThrow());

            suite.stop(Duration.ofSeconds(10));
            assertThat(service.isAlive()).isFalse();
            assertThat(Files.readString(launch.logFile())).contains("fake service listening", "fake service stopping on SIGTERM");
        }
    }

    @Test
    void killGivesTheServiceNoChanceToShutDownAndARestartLogsToItsOwnFile() throws Exception {
        ServiceLaunch launch = launch("killed", Map.of());
        try (ServiceProcess service = ServiceProcess.start(launch)) {
            service.awaitReady(Duration.ofSeconds(30));
            service.kill();
            assertThat(service.isAlive()).isFalse();
            assertThat(Files.readString(launch.logFile())).contains("fake service listening")
                    .doesNotContain("fake service stopping on SIGTERM");
        }
        ServiceLaunch again = launch.withLogFile(dir.resolve("killed.restart.log"));
        try (ServiceProcess restarted = ServiceProcess.start(again)) {
            restarted.awaitReady(Duration.ofSeconds(30));
            assertThat(Files.readString(again.logFile())).contains("fake service listening");
        }
    }

    @Test
    void reportsAServiceThatExitsWithItsLogTail() throws Exception {
        ServiceLaunch launch = launch("crasher", Map.of("FAIL_WITH", "3"));
        try (ServiceProcess service = ServiceProcess.start(launch)) {
            assertThatThrownBy(() -> service.awaitReady(Duration.ofSeconds(30)))
                    .isInstanceOf(ServiceStartFailure.class)
                    .hasMessageContaining("crasher exited with code 3")
                    .hasMessageContaining("fake service failing on purpose");
        }
    }

    @Test
    void givesUpOnAServiceThatIsNeverReady() throws Exception {
        ServiceLaunch launch = launch("never-ready", Map.of("READY_AFTER_MS", "600000"));
        try (ServiceProcess service = ServiceProcess.start(launch)) {
            assertThatThrownBy(() -> service.awaitReady(Duration.ofSeconds(2)))
                    .isInstanceOf(ServiceStartFailure.class)
                    .hasMessageContaining("was not ready after 2 s (readiness: DOWN)");
        }
    }

    @Test
    void refusesToStartAServiceThatIsNotBuilt() {
        ServiceLaunch launch = new ServiceLaunch("unbuilt", 1, dir.resolve("missing.jar"), dir, SMALL_JVM, Map.of(), dir.resolve("unbuilt.log"));
        assertThatThrownBy(() -> ServiceProcess.start(launch)).hasMessageContaining("not built");
    }

    private static ServiceLaunch launch(String name, Map<String, String> extraEnv) throws IOException {
        int port = freePort();
        Map<String, String> env = new java.util.HashMap<>(extraEnv);
        env.put("HTTP_PORT", String.valueOf(port));
        return new ServiceLaunch(name, port, jar, dir, SMALL_JVM, env, dir.resolve("logs").resolve(name + ".log"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
