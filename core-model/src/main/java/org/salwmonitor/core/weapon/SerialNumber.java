package org.salwmonitor.core.weapon;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.salwmonitor.core.internal.Require;

/**
 * A serial number as marked on a firearm or part, with keys derived from it for matching.
 *
 * <p>The {@linkplain #raw() raw marking} is kept exactly as written (only surrounding white space is
 * removed). Two serial numbers are <b>equal when their raw markings are equal</b>; whether they designate
 * the same marking is decided by {@link #matches(SerialNumber)} on the {@linkplain #key() key}, never by
 * {@code equals}.
 *
 * <p>The <b>key</b> follows the US NCIC gun-file practice (upper case, no spaces, hyphens or punctuation,
 * letter O entered as zero) and is derived in this order:
 * <ol>
 * <li>Cyrillic letters that look like Latin ones are folded to the Latin capital, in both cases:
 *     А→A, В→B, Е→E, К→K, М→M, Н→H, О→O, Р→P, С→C, Т→T, У→Y, Х→X, and І (Kazakh, Ukrainian)→I.</li>
 * <li>The text is upper-cased ({@link Locale#ROOT}).</li>
 * <li>One leading number sign is dropped, with the spaces after it: {@code №}, {@code No.}, {@code N°},
 *     {@code Nº} or {@code #} ({@code No} needs its point: {@code NO123} is kept as a serial).</li>
 * <li>Everything that is not a letter or a digit is removed (spaces, hyphens, points, slashes, other
 *     punctuation and symbols, and the ordinal signs º and ª); digits of other scripts become ASCII
 *     digits.</li>
 * <li>Confusables are folded for matching only, exactly two of them: letter O→digit 0 and letter I→digit 1.
 *     Other look-alikes (B/8, S/5, Z/2, Q/0, D/0, L/1, G/6) are kept: folding them would merge too many
 *     distinct serials.</li>
 * </ol>
 * The key is non-empty, idempotent ({@code of(key).key()} equals {@code key}) and contains no lower-case
 * letters (for Latin and Cyrillic text), white space or punctuation.
 *
 * <p>A serial is rejected when it is blank, has no letter or digit, or is a placeholder such as
 * {@code obliterated}, {@code unknown}, {@code спилен} or {@code б/н}: a missing or obliterated serial is
 * recorded on the {@link FirearmIdentification}, never as a serial number.
 */
public final class SerialNumber {

    private static final Pattern NUMBER_SIGN = Pattern.compile("^(№|NO\\.|N°|Nº|#)\\s*");

    /** Texts that say a serial is absent; compared lower-case with spaces collapsed. */
    private static final Set<String> PLACEHOLDERS = Set.of("obliterated", "unknown", "none", "n/a", "na", "no serial",
            "нет", "нет номера", "без номера", "б/н", "спилен", "спилено", "уничтожен", "не установлен",
            "неизвестно");

    private static final int MAX_LENGTH = 64;

    private final String raw;
    private final String key;

    private SerialNumber(String raw, String key) {
        this.raw = raw;
        this.key = key;
    }

    /**
     * Returns the serial number for a marking as written.
     *
     * @param marking  the marking, such as {@code № АК-47 0123}, not null
     * @return the serial number, not null
     * @throws IllegalArgumentException if the marking is blank, longer than 64 characters, has no letter or
     *         digit, or is a placeholder for an absent serial
     */
    public static SerialNumber of(String marking) {
        String raw = Require.nonBlank(marking, "serial", MAX_LENGTH);
        Require.that(!isPlaceholder(raw),
                "serial must be a marking, not a placeholder for an absent serial, was '" + marking
                        + "'; record a missing or obliterated serial on the FirearmIdentification instead");
        String key = keyOf(raw);
        Require.that(!key.isEmpty(), "serial must contain at least one letter or digit, was '" + marking + "'");
        return new SerialNumber(raw, key);
    }

    /** Returns the marking as written, surrounding white space removed. */
    public String raw() {
        return raw;
    }

    /** Returns the matching key described in the class documentation, such as {@code AK470123}. */
    public String key() {
        return key;
    }

    /**
     * Returns the key with embedded letters removed, following the NCIC note that letters embedded between
     * digits are ignored while prefix and suffix letters stay significant: {@code 369J257} gives
     * {@code 369257}, {@code AB12C34D} gives {@code AB1234D}. "Embedded" means after the first digit and
     * before the last digit of the key. A key without digits is returned unchanged. Since O and I are
     * already folded to 0 and 1 in the key, they count as digits here.
     *
     * @return the digits key, not empty
     */
    public String digitsKey() {
        int first = -1;
        int last = -1;
        for (int i = 0; i < key.length(); i++) {
            if (isAsciiDigit(key.charAt(i))) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return key;
        }
        StringBuilder result = new StringBuilder(key.substring(0, first));
        for (int i = first; i <= last; i++) {
            if (isAsciiDigit(key.charAt(i))) {
                result.append(key.charAt(i));
            }
        }
        return result.append(key.substring(last + 1)).toString();
    }

    /**
     * Tells whether two serial numbers have the same key, i.e. designate the same marking up to case,
     * punctuation, Cyrillic look-alikes and the O/0, I/1 confusables.
     *
     * @param other  the other serial, not null
     * @return true if the keys are equal
     */
    public boolean matches(SerialNumber other) {
        return key.equals(Require.nonNull(other, "other").key);
    }

    /**
     * Tells whether two serial numbers have the same {@linkplain #digitsKey() digits key}: a weaker match
     * that ignores embedded letters.
     *
     * @param other  the other serial, not null
     * @return true if the digits keys are equal
     */
    public boolean matchesIgnoringEmbeddedLetters(SerialNumber other) {
        return digitsKey().equals(Require.nonNull(other, "other").digitsKey());
    }

    /**
     * Tells whether the keys differ by exactly one edit: one character substituted, inserted or deleted
     * (Levenshtein distance 1). Equal keys are not one edit apart; a transposition of two neighbours is two
     * edits. Meant to propose candidates for a human to review, never to merge records.
     *
     * @param other  the other serial, not null
     * @return true if the keys are exactly one edit apart
     */
    public boolean isOneEditApart(SerialNumber other) {
        String a = key;
        String b = Require.nonNull(other, "other").key;
        if (a.length() < b.length()) {
            String swap = a;
            a = b;
            b = swap;
        }
        // a is now the longer (or equal-length) key
        if (a.length() - b.length() > 1) {
            return false;
        }
        int prefix = 0;
        while (prefix < b.length() && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        if (prefix == b.length()) {
            return a.length() != b.length();
        }
        int skip = a.length() == b.length() ? 1 : 0;
        return a.substring(prefix + 1).equals(b.substring(prefix + skip));
    }

    /** Two serial numbers are equal when their raw markings are equal; use {@link #matches} to compare keys. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SerialNumber that && raw.equals(that.raw);
    }

    @Override
    public int hashCode() {
        return raw.hashCode();
    }

    /** Returns the raw marking. */
    @Override
    public String toString() {
        return raw;
    }

    /** Tells whether a text is one of the placeholders that say a serial is absent. */
    static boolean isPlaceholder(String text) {
        return PLACEHOLDERS.contains(text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    private static String keyOf(String raw) {
        String upper = foldCyrillic(raw).toUpperCase(Locale.ROOT);
        upper = NUMBER_SIGN.matcher(upper).replaceFirst("");
        StringBuilder key = new StringBuilder(upper.length());
        upper.codePoints().forEach(cp -> {
            if (Character.isDigit(cp)) {
                key.append((char) ('0' + Character.digit(cp, 10)));
            } else if (cp == 'O') {
                key.append('0');
            } else if (cp == 'I') {
                key.append('1');
            } else if (Character.isLetter(cp) && cp != 'º' && cp != 'ª') {
                // º and ª are letters to Unicode but ordinal signs to people (as in Nº)
                key.appendCodePoint(cp);
            }
        });
        return key.toString();
    }

    private static String foldCyrillic(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            folded.append(switch (c) {
                case 'А', 'а' -> 'A';
                case 'В', 'в' -> 'B';
                case 'Е', 'е' -> 'E';
                case 'К', 'к' -> 'K';
                case 'М', 'м' -> 'M';
                case 'Н', 'н' -> 'H';
                case 'О', 'о' -> 'O';
                case 'Р', 'р' -> 'P';
                case 'С', 'с' -> 'C';
                case 'Т', 'т' -> 'T';
                case 'У', 'у' -> 'Y';
                case 'Х', 'х' -> 'X';
                case 'І', 'і' -> 'I';
                default -> c;
            });
        }
        return folded.toString();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
