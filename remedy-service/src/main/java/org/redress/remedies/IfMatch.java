package org.redress.remedies;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.BadRequestException;

/**
 * The {@code If-Match} header of a request that changes a remedy case (RFC 9110 §13.1.1): the
 * version of the case the caller read, as the {@code ETag} of {@code GET /remedy-cases/{id}} gave
 * it. A change based on a stale read is refused with 409 {@code concurrent-update} instead of
 * silently overwriting what another remedy officer recorded in between. The older
 * {@code expectedVersion} in the body keeps working; when both are sent they must agree.
 */
public final class IfMatch {

    public static final String HEADER = "If-Match";
    public static final String DESCRIPTION = "The ETag of GET /remedy-cases/{id} the change is based on, e.g. \"3\"; "
            + "a stale version is refused with 409 concurrent-update";
    private static final Pattern TAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");

    private IfMatch() {
    }

    /**
     * The version the caller expects: the If-Match version, else the body's expectedVersion, else
     * {@code null} (no check). Both given and different is a malformed request.
     */
    public static Long expected(String header, Long expectedVersion) {
        Long tagged = version(header);
        if (tagged == null) {
            return expectedVersion;
        }
        if (expectedVersion != null && !expectedVersion.equals(tagged)) {
            throw new BadRequestException("If-Match " + header.trim() + " and expectedVersion " + expectedVersion
                    + " disagree; send one of them");
        }
        return tagged;
    }

    /** The version in the header, or {@code null} when it is absent or {@code *}. */
    public static Long version(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        Matcher matcher = TAG.matcher(header.trim());
        if (!matcher.matches()) {
            throw new BadRequestException("If-Match must be one quoted version from the ETag, e.g. \"3\"");
        }
        return Long.parseLong(matcher.group(1));
    }

    /** The ETag value of a version. */
    public static String tag(long version) {
        return Long.toString(version);
    }
}
