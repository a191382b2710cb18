package org.redress.local;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a service's {@code /q/health/ready} said. */
public enum Readiness {
    /** 200 and status UP. */
    UP,
    /** It answered, but not UP (SmallRye Health answers 503 with status DOWN while a check fails). */
    DOWN,
    /** Nothing answered on the port (yet). */
    UNREACHABLE;

    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z]+)\"");

    /**
     * Reads a health response. SmallRye Health puts the overall status first, before the checks'
     * own statuses, so the first {@code "status"} in the body is the overall one.
     */
    public static Readiness fromResponse(int httpStatus, String body) {
        if (httpStatus != 200) {
            return DOWN;
        }
        Matcher status = STATUS.matcher(body == null ? "" : body);
        // a 200 without a recognisable body is still ready by the HTTP contract
        return !status.find() || status.group(1).equals("UP") ? UP : DOWN;
    }
}
