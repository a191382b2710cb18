package org.redress.servicekit.text;

/**
 * The characters Redress refuses in anything a caller sends: the C0 controls, DEL and the C1
 * controls. None is typed by a person; each is either a mistake (a NUL from a badly converted
 * document, which PostgreSQL cannot store) or an attempt to forge what a reader or a log shows.
 * Narrative text may still hold tab, line feed and carriage return.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** True when {@code text} holds a control character other than tab, line feed and carriage return. */
    public static boolean inNarrative(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    /** True when {@code text} holds any control character at all, line breaks and tab included. */
    public static boolean inAnyForm(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f);
    }
}
