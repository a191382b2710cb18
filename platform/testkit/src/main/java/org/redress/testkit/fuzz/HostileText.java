package org.redress.testkit.fuzz;

import java.util.List;

/**
 * The made-up personal values the walk puts in every free-text field, path and query parameter,
 * and the control characters it sends, so that the service's log can be scanned for them: none
 * may appear there, because nothing a caller sends may reach a log line verbatim.
 */
final class HostileText {

    /** A name and an address no fixture or real record holds. */
    static final String PERSON = "Zephyrine Quillfeather, 7 Wisteria Crescent";
    /** The distinctive parts scanned for (a truncated value still carries the first). */
    static final List<String> MARKERS = List.of("Quillfeather", "Wisteria Crescent");
    static final String NUL = "\u0000";
    /** Bell, escape (a terminal colour sequence), backspace, vertical tab, form feed, delete. */
    static final String CONTROLS = "\u0007\u001b[31m\u0008\u000b\u000c\u007f";
    /** Would start a forged log line if written verbatim. */
    static final String FORGED_LINE = "\r\n2026-01-01 00:00:00,000 ERROR [forged] " + PERSON;

    private HostileText() {
    }

    /** The walk's personal value cut to {@code maxLength} (keeping the first marker where it fits). */
    static String person(int maxLength) {
        String marker = MARKERS.get(0);
        int throughMarker = PERSON.indexOf(marker) + marker.length();
        if (maxLength >= throughMarker) {
            return PERSON.substring(0, Math.min(PERSON.length(), maxLength));
        }
        return maxLength >= marker.length() ? marker : PERSON.substring(0, Math.max(1, maxLength));
    }

    /** Whether a log line carries something the walk sent: a marker or a control character other than tab. */
    static boolean leaksInto(String line) {
        if (MARKERS.stream().anyMatch(line::contains)) {
            return true;
        }
        return line.chars().anyMatch(c -> (c < 0x20 && c != '\t') || c == 0x7f);
    }

    /** The text with control characters shown as {@code \\uXXXX}, cut to {@code max} characters. */
    static String printable(String text, int max) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (out.length() >= max) {
                return out.append('…').toString();
            }
            out.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }
}
