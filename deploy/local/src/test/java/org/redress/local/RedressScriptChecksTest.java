package org.redress.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What stops {@code ./redress} before it starts anything is said in one line on stderr, naming what
 * to do, with exit code 2: the script is run as a newcomer would run it, on a machine faked to lack
 * what it checks.
 */
class RedressScriptChecksTest {

    private static final Path SCRIPT = RepositoryRoot.findFrom(Path.of("")).resolve("redress");

    @TempDir
    Path dir;

    @Test
    void noJavaOnThePathSaysToInstallAJdk() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin-without-java"));
        for (String tool : List.of("dirname", "awk", "cat", "grep")) {
            executable(bin.resolve(tool), "exec /usr/bin/" + tool + " \"$@\"");
        }

        Run run = redress(Map.of("PATH", bin.toString()), "up");

        run.assertRefusedWith("no java on the PATH: install a JDK 17 or later");
    }

    @Test
    void javaOlderThan17IsNamedWithItsVersion() throws Exception {
        Path fakeJava = executable(Files.createDirectories(dir.resolve("old-java")).resolve("java"),
                "echo 'openjdk version \"11.0.22\" 2024-01-16' >&2");

        Run run = redress(Map.of("PATH", fakeJava.getParent() + ":" + System.getenv("PATH")), "up");

        run.assertRefusedWith("is Java 11.0.22, Redress needs 17 or later");
    }

    @Test
    void aPortInUseIsNamedWithItsOwner() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run run = redress(Map.of("REDRESS_KAFKA_PORT", String.valueOf(taken.getLocalPort())), "up", "--infra-only");

            run.assertRefusedWith("port " + taken.getLocalPort() + " (kafka) already in use");
        }
    }

    @Test
    void tooLittleMemorySaysHowMuchTheSuiteNeeds() throws Exception {
        Path meminfo = Files.writeString(dir.resolve("meminfo"), "MemTotal: 1024000 kB\nMemAvailable: 700000 kB\n");

        Run run = redress(Map.of("REDRESS_MEMINFO", meminfo.toString()), "up");

        run.assertRefusedWith("the suite needs about 1900 MB of memory and only 683 MB are available");
    }

    private static Path executable(Path file, String shellLine) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + shellLine + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private Run redress(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("/bin/bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> env = builder.environment();
        // plenty of memory unless a test says otherwise, so each test meets only the check it is about
        Path plenty = Files.writeString(dir.resolve("plenty"), "MemAvailable: 64000000 kB\n");
        env.put("REDRESS_MEMINFO", plenty.toString());
        env.putAll(new HashMap<>(environment));
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("./redress " + String.join(" ", args) + " did not stop at its check");
        }
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private record Run(int exitCode, String stdout, String stderr) {

        void assertRefusedWith(String expected) {
            assertThat(exitCode).as("exit code; stderr: %s", stderr).isEqualTo(2);
            assertThat(stdout).as("stdout").isEmpty();
            assertThat(stderr.lines().toList()).as("stderr").hasSize(1);
            assertThat(stderr).startsWith("redress: ").contains(expected);
        }
    }
}
