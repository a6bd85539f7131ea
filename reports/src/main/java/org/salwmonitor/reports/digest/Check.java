package org.salwmonitor.reports.digest;

import java.util.Objects;
import java.util.regex.Pattern;

/** Argument checks of the digest model; every message names the field, the value and the rule. */
final class Check {

    /** The identifier format of core-model's case references, which the source systems' ids share. */
    static final String ID_RULE = "3 to 40 upper-case Latin letters, digits or the separators - / . _,"
            + " starting and ending with a letter or digit";

    private static final Pattern ID = Pattern.compile("[A-Z0-9][A-Z0-9/._-]{1,38}[A-Z0-9]");

    private Check() {
    }

    static <T> T nonNull(T value, String field) {
        return Objects.requireNonNull(value, () -> field + " must not be null");
    }

    static String id(String value, String field) {
        nonNull(value, field);
        String stripped = value.strip();
        that(ID.matcher(stripped).matches(), field + " must be " + ID_RULE + ", was '" + value + "'");
        return stripped;
    }

    /** A text that may be absent (null); when present it is stripped, not blank and not too long. */
    static String optionalText(String value, String field, int maxLength) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        that(!stripped.isEmpty(), field + " must be null or not blank, was '" + value + "'");
        that(stripped.length() <= maxLength, field + " must be at most " + maxLength + " characters, was "
                + stripped.length());
        return stripped;
    }

    static long nonNegative(long value, String field) {
        that(value >= 0, field + " must not be negative, was " + value);
        return value;
    }

    static void that(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
