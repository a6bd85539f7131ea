package org.salwmonitor.sampledata;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Synthetic serial numbers: a unique canonical core per firearm, written in the messy forms found in
 * real records, and the matching key of {@code docs/formats.md} (rule SERIAL_KEY) that brings the forms
 * of one firearm back together.
 *
 * <p>A core is two letters from the Latin–Cyrillic look-alike set followed by six digits. Random cores
 * come from a bijection of the item number onto 121 × 900,000 cores with the digits 000000–899999,
 * so no two generated firearms share a core, in constant memory; planted cores use 900000–999999.
 */
final class Serials {

    /** Latin letters with a Cyrillic look-alike, so a core can be written in either script. */
    static final String LETTERS = "ABCEHKMOPTX";
    private static final String CYRILLIC = "АВСЕНКМОРТХ";
    private static final long RANDOM_SPACE = 121L * 900_000L;
    /** 7^9: coprime to 2, 3, 5 and 11, the prime factors of RANDOM_SPACE, so the map below is a bijection. */
    private static final long MULTIPLIER = 40_353_607L;

    private Serials() {
    }

    /** The canonical core of the n-th generated firearm; distinct n give distinct cores (n below 108,900,000). */
    static String randomCore(long n, long offset) {
        long p = Math.floorMod(n * MULTIPLIER + offset, RANDOM_SPACE);
        return core((int) (p / 900_000), (int) (p % 900_000));
    }

    /** A planted core: letters index 0–120 and a number 0–99,999 placed in the reserved range 900000–999999. */
    static String plantedCore(int letters, int number) {
        return core(letters, 900_000 + number);
    }

    private static String core(int letters, int number) {
        return "" + LETTERS.charAt(letters / 11) + LETTERS.charAt(letters % 11) + CaseGenerator.fixed("", 6, number);
    }

    /** Writes a core in one of the forms clerks use (style 0–7). */
    static String written(String core, int style) {
        String letters = core.substring(0, 2);
        String digits = core.substring(2);
        return switch (style) {
            case 0 -> letters + " " + digits;
            case 1 -> letters + digits;
            case 2 -> letters + "-" + digits;
            case 3 -> (letters + digits).toLowerCase(Locale.ROOT);
            case 4 -> cyrillic(letters) + " " + digits;
            case 5 -> "№ " + letters + digits;
            case 6 -> letters.replace('O', '0') + " " + digits.substring(0, 3) + " " + digits.substring(3);
            default -> cyrillic(letters) + "-" + digits.substring(0, 2) + "." + digits.substring(2);
        };
    }

    /** A partly obliterated serial as a clerk would record it. */
    static String obliterated(String core, int style) {
        return switch (style) {
            case 0 -> "";
            case 1 -> core.substring(0, 4) + "**" + core.substring(6);
            default -> "??" + core.substring(2, 6) + "??";
        };
    }

    private static String cyrillic(String latin) {
        StringBuilder sb = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            int k = LETTERS.indexOf(latin.charAt(i));
            sb.append(k >= 0 ? CYRILLIC.charAt(k) : latin.charAt(i));
        }
        return sb.toString();
    }

    /**
     * The matching key (rule SERIAL_KEY): {@code №} dropped, NFKC, upper case, Cyrillic look-alikes
     * to Latin, everything but
     * A–Z and 0–9 removed, letter O to digit zero.
     */
    static String key(String serial) {
        // The numero sign would become "No" under NFKC; it is punctuation here.
        String s = Normalizer.normalize(serial.replace('№', ' '), Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int k = CYRILLIC.indexOf(c);
            if (k >= 0) {
                c = LETTERS.charAt(k);
            }
            if (c == 'O') {
                c = '0';
            }
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
