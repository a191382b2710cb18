package org.redress.servicekit.idempotency;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.redress.servicekit.security.Actor;

/**
 * What a key belongs to: one caller (the token's subject, through one client) and one operation
 * (method and path). Another caller, another client or another operation sending the same key is
 * another key. The scope is stored only as its SHA-256, so a path of any length or content fits
 * the column and never reaches the database or a log as sent.
 */
record IdempotencyScope(String subject, String clientId, String method, String path, String key) {

    static IdempotencyScope of(Actor caller, KeyedRequest request) {
        return new IdempotencyScope(caller.subject(), caller.clientId(), request.method(), request.path(),
                request.key());
    }

    /** 64 hex characters whatever the parts; each part is length-prefixed so that no two scopes run together. */
    String hash() {
        MessageDigest digest = sha256();
        for (String part : new String[] { subject, clientId, method, path, key }) {
            byte[] bytes = part == null ? new byte[0] : part.getBytes(StandardCharsets.UTF_8);
            digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(part == null ? -1 : bytes.length).array());
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
