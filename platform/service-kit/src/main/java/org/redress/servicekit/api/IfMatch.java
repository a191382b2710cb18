package org.redress.servicekit.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.BadRequestException;

/**
 * The {@code If-Match} header of a changing request (RFC 9110 §13.1.1): the version of the
 * record the caller read, as the {@code ETag} of its GET gave it. A change based on a stale read
 * is refused with 409 {@code concurrent-update} instead of silently overwriting what a colleague
 * recorded in between.
 */
public final class IfMatch {

    public static final String HEADER = "If-Match";
    public static final String DESCRIPTION = "The ETag of the record's GET this change is based on, e.g. \"3\"; "
            + "a stale version is refused with 409 concurrent-update";
    private static final Pattern TAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");

    private IfMatch() {
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

    /**
     * The version the caller expects: the If-Match version, else a version sent in the body, else
     * {@code null} (no check). Both given and different is a malformed request.
     */
    public static Long expected(String header, Long bodyVersion) {
        Long tagged = version(header);
        if (tagged == null) {
            return bodyVersion;
        }
        if (bodyVersion != null && !bodyVersion.equals(tagged)) {
            throw new BadRequestException("If-Match " + header.trim() + " and expectedVersion " + bodyVersion
                    + " disagree; send one of them");
        }
        return tagged;
    }

    /** The ETag value of a version. */
    public static String tag(long version) {
        return Long.toString(version);
    }
}
