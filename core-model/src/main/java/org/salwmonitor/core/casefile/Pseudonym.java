package org.salwmonitor.core.casefile;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.salwmonitor.core.internal.Require;

/**
 * An opaque token that stands for a person in case data. Persons are pseudonymised at the point of entry:
 * no name reaches this model, its database or any report.
 *
 * <p><b>Format:</b> {@code P-} followed by {@value #MIN_HEX} to {@value #MAX_HEX} lower-case hexadecimal
 * digits ({@code 0-9a-f}), e.g. {@code P-3f9a0c47d2e1b856}. No space, no letter beyond {@code f} and no
 * character of another script can occur, so a token can never be a name written in Latin or Cyrillic.
 * {@link #derive(byte[], String)} produces tokens as a keyed hash (HMAC-SHA-256) of a stable identifier.
 *
 * <p><b>Error messages do not repeat the rejected value</b>, unlike elsewhere in this library: a rejected
 * value may be the very name that must not be stored, and messages end up in logs and import reports. They
 * give its length and the rule instead.
 */
public final class Pseudonym implements Comparable<Pseudonym> {

    /** The prefix of every token. */
    public static final String PREFIX = "P-";
    /** The fewest hexadecimal digits after the prefix (64 bits). */
    public static final int MIN_HEX = 16;
    /** The most hexadecimal digits after the prefix (256 bits, a full SHA-256 output). */
    public static final int MAX_HEX = 64;
    /** The shortest accepted derivation key in bytes (the output length of SHA-256, per RFC 2104). */
    public static final int MIN_KEY_BYTES = 32;

    private static final Pattern FORMAT = Pattern.compile("P-[0-9a-f]{" + MIN_HEX + "," + MAX_HEX + "}");

    private final String token;

    private Pseudonym(String token) {
        this.token = token;
    }

    /**
     * Returns the pseudonym for a token in the format described above.
     *
     * @param token  the token, not null; surrounding white space is not accepted
     * @return the pseudonym, not null
     * @throws IllegalArgumentException if the token does not have the format; the message does not repeat it
     */
    public static Pseudonym of(String token) {
        Require.nonNull(token, "pseudonym");
        Require.that(FORMAT.matcher(token).matches(), "pseudonym must be '" + PREFIX + "' followed by " + MIN_HEX
                + " to " + MAX_HEX + " lower-case hexadecimal digits, was a value of " + token.length()
                + " characters (not repeated here: it may be a name)");
        return new Pseudonym(token);
    }

    /**
     * Derives the pseudonym of a person from a stable identifier (for example a national identity number)
     * with a secret key held by the entering agency: {@code P-} and the 64 hexadecimal digits of
     * HMAC-SHA-256(key, identifier). The identifier is normalised first (Unicode NFKC, white space collapsed,
     * upper case), so that the same identifier typed differently gives the same pseudonym. Neither the key
     * nor the identifier is kept; without the key the identifier cannot be recovered or tested.
     *
     * @param key         the secret key, at least {@value #MIN_KEY_BYTES} bytes, not null
     * @param identifier  the identifier, not blank
     * @return the pseudonym, not null
     * @throws IllegalArgumentException if the key is too short or the identifier blank
     */
    public static Pseudonym derive(byte[] key, String identifier) {
        Require.nonNull(key, "key");
        Require.that(key.length >= MIN_KEY_BYTES,
                "key must be at least " + MIN_KEY_BYTES + " bytes long, was " + key.length + " bytes");
        Require.nonNull(identifier, "identifier");
        Require.that(!identifier.isBlank(), "identifier must not be blank");
        String normalised = Normalizer.normalize(identifier, Normalizer.Form.NFKC).strip()
                .replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8));
            return new Pseudonym(PREFIX + HexFormat.of().formatHex(digest));
        } catch (GeneralSecurityException e) {
            // every Java platform must provide HmacSHA256
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Returns the token, such as {@code P-3f9a0c47d2e1b856}. */
    public String token() {
        return token;
    }

    @Override
    public int compareTo(Pseudonym other) {
        return token.compareTo(other.token);
    }

    /** Two pseudonyms are equal when their tokens are. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Pseudonym that && token.equals(that.token);
    }

    @Override
    public int hashCode() {
        return token.hashCode();
    }

    /** Returns the token. */
    @Override
    public String toString() {
        return token;
    }
}
