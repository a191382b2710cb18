package org.redress.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the multi-module root: the nearest directory upwards whose pom.xml declares {@code <modules>}. */
public final class RepositoryRoot {

    private RepositoryRoot() {
    }

    public static Path findFrom(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (declaresModules(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no pom.xml with <modules> in " + start.toAbsolutePath() + " or above");
    }

    /** The {@code redress.root} system property if set (the script sets it), else upwards from the working directory. */
    public static Path locate() {
        String configured = System.getProperty("redress.root");
        return configured != null ? Path.of(configured).toAbsolutePath().normalize() : findFrom(Path.of(""));
    }

    private static boolean declaresModules(Path pom) {
        if (!Files.isRegularFile(pom)) {
            return false;
        }
        try {
            return Files.readString(pom).contains("<modules>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
