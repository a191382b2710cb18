package org.redress.devidentity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/** The committed development key pair, read from this module's resources. */
public final class DevKeys {

    private static final String FOLDER = "/org/redress/devidentity/";

    private DevKeys() {
    }

    /** The key that signs development tokens. */
    public static PrivateKey signingKey() {
        return privateKey("dev-private.pem");
    }

    /** A key the services do not trust: tokens it signs must be refused. */
    public static PrivateKey strangerKey() {
        return privateKey("stranger-private.pem");
    }

    /** The PEM text of the public key the services verify development tokens with. */
    public static String publicKeyPem() {
        return read("dev-public.pem");
    }

    /** Writes the public key to a file, for services that read it from a location. */
    public static Path writePublicKey(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, publicKeyPem());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PrivateKey privateKey(String name) {
        String base64 = read(name).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("development key " + name + " is unreadable", e);
        }
    }

    private static String read(String name) {
        try (InputStream in = DevKeys.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("development key " + name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
