package org.redress.privatepostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the binaries' programs for one cluster folder, as the {@link ServerUser}, from inside that folder
 * (a switched-to user may not be allowed into the JVM's working folder). Output goes to
 * {@code command.log} in the folder, never to a pipe: the server started by {@code pg_ctl} outlives
 * pg_ctl and would block on a pipe nobody reads.
 */
final class ServerCommands {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private final PostgresBinaries binaries;
    private final ServerUser user;
    private final Path folder;
    private final Path serverLog;

    ServerCommands(PostgresBinaries binaries, ServerUser user, Path folder, Path serverLog) {
        this.binaries = binaries;
        this.user = user;
        this.folder = folder;
        this.serverLog = serverLog;
    }

    /** Runs a program of the binaries; fails with the end of its output unless it exits 0. */
    void run(String program, List<String> arguments) {
        int exitCode = exitCodeOf(program, arguments);
        if (exitCode != 0) {
            throw new IllegalStateException(program + " " + String.join(" ", arguments) + " failed with exit code " + exitCode
                    + ":\n" + tail(folder.resolve("command.log")) + "\n" + tail(serverLog));
        }
    }

    /** Runs a program of the binaries and returns its exit code. */
    int exitCodeOf(String program, List<String> arguments) {
        List<String> command = new ArrayList<>(user.commandPrefix());
        command.add(binaries.bin().resolve(program).toString());
        command.addAll(arguments);
        return exitCodeOf(command);
    }

    /** Hands the folder to the server's user, when that is not the JVM's. */
    void handOver() {
        user.name().ifPresent(name -> {
            int exitCode = exitCodeOf(List.of("chown", "-R", name + ":", folder.toString()));
            if (exitCode != 0) {
                throw new IllegalStateException("chown -R " + name + ": " + folder + " failed with exit code " + exitCode);
            }
        });
    }

    private int exitCodeOf(List<String> command) {
        Path output = folder.resolve("command.log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
            builder.environment().put("LC_ALL", "C");
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within " + TIMEOUT.toSeconds()
                        + " s; see " + output + " and " + serverLog);
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + String.join(" ", command), e);
        }
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "(" + file + " not readable)";
        }
    }
}
