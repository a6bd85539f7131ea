package org.salwmonitor.core.casefile;

import java.util.regex.Pattern;

import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.internal.Require;

/**
 * An offence charged or investigated in a case, as a reference to a provision of national law, never as a
 * description of facts: {@code UK RK 287}, {@code Article 287 Criminal Code of Kazakhstan},
 * {@code УК РК ст. 287}, with an optional part such as {@code 2} or {@code ч. 2}.
 *
 * <p>To keep narrative out, the provision is at most {@value #MAX_PROVISION} characters and
 * {@value #MAX_WORDS} words, contains at least one digit (the number of the article), and uses only letters,
 * digits, spaces and the signs {@code . , - / ( ) § №}. The part is at most {@value #MAX_PART} characters of
 * the same alphabet with at least one letter or digit. Both are stored stripped with inner white space
 * collapsed.
 *
 * @param country    the state whose law applies, not null
 * @param provision  the reference to the provision, as described above
 * @param part       the part, paragraph or subparagraph, or null
 */
public record OffenceReference(Country country, String provision, String part) {

    /** The longest accepted provision reference. */
    public static final int MAX_PROVISION = 80;
    /** The most words in a provision reference. */
    public static final int MAX_WORDS = 8;
    /** The longest accepted part. */
    public static final int MAX_PART = 20;

    private static final Pattern ALPHABET = Pattern.compile("[\\p{L}\\p{Nd} .,\\-/()§№]+");
    private static final String ALPHABET_RULE = "letters, digits, spaces and . , - / ( ) § №";

    /** Validates every field. */
    public OffenceReference {
        Require.nonNull(country, "country");
        provision = collapse(Require.nonBlank(provision, "provision", MAX_PROVISION));
        Require.that(ALPHABET.matcher(provision).matches(),
                "provision must contain only " + ALPHABET_RULE + ", was '" + provision + "'");
        Require.that(provision.chars().anyMatch(Character::isDigit),
                "provision must contain the number of the provision (a digit), was '" + provision + "'");
        int words = provision.split(" ").length;
        Require.that(words <= MAX_WORDS, "provision must be a reference of at most " + MAX_WORDS
                + " words, not a narrative, was " + words + " words: '" + provision + "'");
        if (part != null) {
            part = collapse(Require.nonBlank(part, "part", MAX_PART));
            Require.that(ALPHABET.matcher(part).matches(),
                    "part must contain only " + ALPHABET_RULE + ", was '" + part + "'");
            Require.that(part.chars().anyMatch(Character::isLetterOrDigit),
                    "part must contain a letter or digit, was '" + part + "'");
        }
    }

    /**
     * Returns a reference to a whole provision.
     *
     * @param country    the state whose law applies, not null
     * @param provision  the reference, as described in the class documentation
     * @return the reference, not null
     */
    public static OffenceReference of(Country country, String provision) {
        return new OffenceReference(country, provision, null);
    }

    /**
     * Returns a reference to a part of a provision.
     *
     * @param country    the state whose law applies, not null
     * @param provision  the reference, as described in the class documentation
     * @param part       the part, not blank
     * @return the reference, not null
     */
    public static OffenceReference of(Country country, String provision, String part) {
        return new OffenceReference(country, provision, Require.nonNull(part, "part"));
    }

    /** Returns the country code, the provision and the part, e.g. {@code KZ: UK RK 287 (2)}. */
    @Override
    public String toString() {
        return country.alpha2() + ": " + provision + (part == null ? "" : " (" + part + ")");
    }

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
