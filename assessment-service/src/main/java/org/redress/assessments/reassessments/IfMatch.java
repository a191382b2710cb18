package org.redress.assessments.reassessments;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.BadRequestException;

/**
 * The {@code If-Match} header of a changing request (RFC 9110 §13.1.1): the version of the
 * assessment the caller read, as the {@code ETag} of {@code GET /assessments/{id}} gave it. A change
 * based on a stale read is refused with 409 {@code concurrent-update} instead of silently
 * overwriting what another social worker recorded in between.
 */
final class IfMatch {

    static final String HEADER = "If-Match";
    static final String DESCRIPTION = "The ETag of GET /assessments/{id} the change is based on, e.g. \"3\"; "
            + "a stale version is refused with 409 concurrent-update";
    private static final Pattern TAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");

    private IfMatch() {
    }

    /** The version the caller expects, or {@code null} when the header is absent or {@code *}. */
    static Long version(String header) {
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
    static String tag(long version) {
        return Long.toString(version);
    }
}
