package org.salwmonitor.core.casefile;

import java.util.regex.Pattern;

import org.salwmonitor.core.internal.Require;

/**
 * The format shared by the identifiers of this package (case references, tracing-request and loss-report
 * ids): 3 to 40 characters of upper-case Latin letters, digits and the separators {@code - / . _}, starting
 * and ending with a letter or digit, e.g. {@code KZ-ALM-2023/0147}. Latin only, so that the identifier can be
 * exchanged between states as it is.
 */
final class References {

    static final String RULE = "3 to 40 upper-case Latin letters, digits or the separators - / . _,"
            + " starting and ending with a letter or digit";

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9](?:[A-Z0-9/._-]{1,38})[A-Z0-9]");

    private References() {
    }

    /** Returns the stripped reference, or throws naming the field, the value and the rule. */
    static String require(String value, String field) {
        Require.nonNull(value, field);
        String stripped = value.strip();
        Require.that(FORMAT.matcher(stripped).matches(), field + " must be " + RULE + ", was '" + value + "'");
        return stripped;
    }
}
