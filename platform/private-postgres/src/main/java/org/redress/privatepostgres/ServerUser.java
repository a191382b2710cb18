package org.redress.privatepostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who runs {@code initdb} and {@code postgres}. Both refuse to run as root, so when the JVM is root (as
 * in CI or a container) they run through {@code runuser} as an unprivileged user that exists on the
 * machine: {@code postgres} if there is one, else {@code nobody}. Otherwise they run as the JVM's user.
 *
 * @param name the user to switch to; empty when no switch is needed
 */
record ServerUser(Optional<String> name) {

    static final List<String> CANDIDATES = List.of("postgres", "nobody");

    static ServerUser forThisProcess() {
        return choose(System.getProperty("user.name"), existingUsers());
    }

    /** The user to run the server as, given the JVM's user and the machine's user names. */
    static ServerUser choose(String jvmUser, Set<String> existingUsers) {
        if (!"root".equals(jvmUser)) {
            return new ServerUser(Optional.empty());
        }
        return CANDIDATES.stream().filter(existingUsers::contains).findFirst()
                .map(user -> new ServerUser(Optional.of(user)))
                .orElseThrow(() -> new IllegalStateException("PostgreSQL cannot run as root, and none of the users "
                        + CANDIDATES + " exists to run it as: add one (useradd --system postgres)"));
    }

    /** What to put before a command so that it runs as this user. */
    List<String> commandPrefix() {
        return name.map(user -> List.of("runuser", "-u", user, "--")).orElse(List.of());
    }

    /** A switched-to user can only reach {@code folder} if every folder above it lets others pass. */
    void checkCanReach(Path folder) {
        if (name.isEmpty()) {
            return;
        }
        for (Path above = folder.toAbsolutePath().normalize().getParent(); above != null; above = above.getParent()) {
            Set<PosixFilePermission> permissions;
            try {
                permissions = Files.readAttributes(above, PosixFileAttributes.class).permissions();
            } catch (IOException e) {
                continue; // not there yet: it will be created open
            }
            if (!permissions.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                throw new IllegalStateException("PostgreSQL runs as user " + name.get() + ", who cannot reach " + folder
                        + ": " + above + " is closed to other users. Work from a folder others may enter, or `chmod o+x "
                        + above + "`.");
            }
        }
    }

    private static Set<String> existingUsers() {
        try {
            return Files.readAllLines(Path.of("/etc/passwd")).stream()
                    .map(line -> line.split(":", 2)[0]).filter(user -> !user.isBlank()).collect(Collectors.toSet());
        } catch (IOException e) {
            return Set.of();
        }
    }
}
