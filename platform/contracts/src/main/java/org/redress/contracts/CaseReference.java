package org.redress.contracts;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A human-friendly case reference such as {@code CMP-2026-000123-4}: a prefix naming the kind of
 * case, the year, a serial number and a Luhn check digit, so that a reference mistyped over the
 * phone or copied into a letter is caught rather than matched to another family's case.
 */
public record CaseReference(String prefix, int year, long serial) {

    private static final Pattern FORMAT = Pattern.compile("([A-Z]{3})-(\\d{4})-(\\d{6,})-(\\d)");

    public CaseReference {
        Objects.requireNonNull(prefix, "prefix");
        if (!prefix.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("a reference prefix is three capital letters, not " + prefix);
        }
        if (serial < 1) {
            throw new IllegalArgumentException("a reference serial starts at 1");
        }
    }

    /** Parses and checks a reference; a wrong check digit is refused. */
    public static CaseReference parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a case reference: " + text);
        }
        CaseReference reference = new CaseReference(matcher.group(1), Integer.parseInt(matcher.group(2)),
                Long.parseLong(matcher.group(3)));
        if (reference.checkDigit() != matcher.group(4).charAt(0) - '0') {
            throw new IllegalArgumentException("the check digit of " + text + " is wrong");
        }
        return reference;
    }

    /** The Luhn check digit over the year and serial digits. */
    public int checkDigit() {
        String digits = String.format("%04d%06d", year, serial);
        int sum = 0;
        boolean twice = true; // doubling starts from the rightmost payload digit
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (twice) {
                digit *= 2;
                digit = digit > 9 ? digit - 9 : digit;
            }
            sum += digit;
            twice = !twice;
        }
        return (10 - sum % 10) % 10;
    }

    @Override
    public String toString() {
        return String.format("%s-%04d-%06d-%d", prefix, year, serial, checkDigit());
    }
}
