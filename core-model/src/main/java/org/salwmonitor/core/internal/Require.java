package org.salwmonitor.core.internal;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Argument checks whose messages name the field, the value and the rule, e.g.
 * {@code year must be between 1900 and 2100, was 2301}.
 */
public final class Require {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private Require() {
    }

    /** Returns {@code value}, or throws {@code NullPointerException} naming the field. */
    public static <T> T nonNull(T value, String field) {
        return Objects.requireNonNull(value, () -> field + " must not be null");
    }

    /** Returns the trimmed value, or throws if it is null or blank. */
    public static String nonBlank(String value, String field) {
        nonNull(value, field);
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be blank, was '" + value + "'");
        }
        return trimmed;
    }

    /** Returns the trimmed value, or throws if it is null, blank or longer than {@code maxLength}. */
    public static String nonBlank(String value, String field, int maxLength) {
        String trimmed = nonBlank(value, field);
        if (trimmed.length() > maxLength) {
            throw new IllegalArgumentException(field + " must be at most " + maxLength
                    + " characters long, was " + trimmed.length() + " characters");
        }
        return trimmed;
    }

    /**
     * Returns {@code value} if it is a code of the library's code lists and reference tables: an upper-case
     * Latin letter, then upper-case Latin letters, digits or underscores ({@code CENTRAL_ASIA}, {@code KZ_2005}).
     */
    public static String code(String value, String field) {
        nonNull(value, field);
        if (!CODE.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be an upper-case Latin letter followed by upper-case"
                    + " Latin letters, digits or underscores, was '" + value + "'");
        }
        return value;
    }

    /** Returns {@code value} if it lies in [{@code min}, {@code max}]. */
    public static int between(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    /** Returns {@code value} if it is zero or more. */
    public static long nonNegative(long value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative, was " + value);
        }
        return value;
    }

    /** Returns {@code value} if it is zero or more and finite. */
    public static double nonNegative(double value, String field) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number not below zero, was " + value);
        }
        return value;
    }

    /** Returns {@code value} if it is one or more. */
    public static int positive(int value, String field) {
        if (value <= 0) {
            throw new IllegalArgumentException(field + " must be positive, was " + value);
        }
        return value;
    }

    /** Returns an unmodifiable copy of the list, rejecting null lists and null elements. */
    public static <T> List<T> copyOf(Collection<T> values, String field) {
        nonNull(values, field);
        for (T value : values) {
            if (value == null) {
                throw new NullPointerException(field + " must not contain null, was " + values);
            }
        }
        return List.copyOf(values);
    }

    /** Throws {@code IllegalArgumentException} with {@code message} unless {@code condition} holds. */
    public static void that(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
