package org.salwmonitor.batch.matching;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How strongly two records are linked, strongest first: the order of the constants is the order of strength. */
public enum MatchStrength {
    /** The serials are written exactly alike. */
    IDENTICAL_SERIAL,
    /** The serials differ as written but have the same matching key (core-model {@code SerialNumber.key()}). */
    SAME_KEY,
    /** The keys are one digit apart, and make, model and calibre are identical: a candidate for review. */
    ONE_CHARACTER_APART;

    /**
     * Tells whether this strength is at least as strong as another.
     *
     * @param minimum  the weakest strength accepted, not null
     * @return true if this strength is {@code minimum} or stronger
     */
    public boolean isAtLeast(MatchStrength minimum) {
        return compareTo(minimum) <= 0;
    }

    /**
     * Parses a strength as the command line takes it: the constant's name in any case, with {@code -} or
     * {@code _} between words ({@code same-key}, {@code SAME_KEY}).
     *
     * @param text  the text, not null
     * @return the strength, not null
     * @throws IllegalArgumentException if the text names no strength; the message lists the accepted names
     */
    public static MatchStrength parse(String text) {
        String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (MatchStrength strength : values()) {
            if (strength.name().equals(name)) {
                return strength;
            }
        }
        throw new IllegalArgumentException("strength must be one of " + Arrays.stream(values())
                .map(s -> s.name().toLowerCase(Locale.ROOT).replace('_', '-')).collect(Collectors.joining(", "))
                + ", was '" + text + "'");
    }
}
