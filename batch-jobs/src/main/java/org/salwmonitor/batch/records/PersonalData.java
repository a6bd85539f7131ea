package org.salwmonitor.batch.records;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Tells whether a free-text value looks like it holds a person's name, and redacts such values. Case records
 * carry persons only as source identifiers in {@code PERSON_REFS}; a name typed into {@code PLACE}, a make or
 * a national category is personal data in the wrong place (rule {@code PERSONAL_DATA_IN_TEXT}).
 *
 * <p>What counts as a name here, deliberately narrow so that place names and makes pass:
 * <ul>
 * <li>a patronymic, the mark of a full Russian-style name: a word ending in {@code -ович}, {@code -евич},
 *     {@code -овна}, {@code -евна} (also {@code ё}, and declined: {@code -овича}, {@code -овной}, …) or their
 *     Latin spellings {@code -ovich}, {@code -evich}, {@code -ovych}, {@code -evych}, {@code -ovna},
 *     {@code -evna}, {@code -ivna};</li>
 * <li>a Central Asian patronymic: a capitalised word ending in {@code -улы}, {@code -ұлы}, {@code -уулу},
 *     {@code -кызы}, {@code -қызы}, {@code -гызы}, {@code -оглы}, {@code -угли} or {@code -uly}, {@code -uulu},
 *     {@code -kyzy}, {@code -qizi}, {@code -gyzy}, {@code -ogly}, {@code -ugli}, or one of these as a word
 *     of its own after a capitalised word ({@code Асан уулу});</li>
 * <li>a title before a capitalised word: {@code гр.}, {@code гр-н}, {@code гр-ка}, {@code гражданин},
 *     {@code гражданка}, {@code г-н}, {@code г-жа}, {@code господин}, {@code госпожа}, {@code тов.},
 *     {@code товарищ}, {@code Mr}, {@code Mrs}, {@code Ms}, {@code Miss}, {@code Mister}, {@code Madam},
 *     {@code fuqaro};</li>
 * <li>a surname with two initials: {@code Иванов И.И.}, {@code И. И. Иванов}, {@code Ivanov I.I.}.</li>
 * </ul>
 * A name without any of these marks (a bare surname) is not recognised: the rule catches the usual ways a
 * person is written in case files, not every name. The values it flags are never repeated anywhere.
 */
final class PersonalData {

    /** The rule of a free-text value that looks like a person's name. */
    static final String RULE = "PERSONAL_DATA_IN_TEXT";

    private static final String WORD_END = "(?![\\p{L}\\p{N}])";
    private static final String WORD_START = "(?<![\\p{L}\\p{N}])";

    private static final List<Pattern> NAME_MARKS = List.of(
            // Slavic patronymics, any case, also declined (Петровича, Петровной)
            Pattern.compile("\\p{L}{2,}(?:(?:ович|евич|ёвич)(?:а|у|ем|е)?|(?:овн|евн|ёвн)(?:а|ы|е|у|ой)"
                    + "|(?:ovich|evich|ovych|evych)(?:a|u|em)?|(?:ovn|evn|ivn)(?:a|y|e|u|oy|oi))" + WORD_END,
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            // Turkic patronymics written into the name
            Pattern.compile(WORD_START + "\\p{Lu}\\p{Ll}{2,}(улы|ұлы|уулу|кызы|қызы|гызы|оглы|угли|uly|uulu|kyzy|qizi|gyzy"
                    + "|ogly|ugli)" + WORD_END),
            // ... or as a word of their own after the name
            Pattern.compile(WORD_START + "\\p{Lu}\\p{Ll}+\\s+(?iu:улы|ұлы|уулу|кызы|қызы|гызы|оглы|угли|uly|uulu|kyzy|qizi"
                    + "|gyzy|ogly|ugli|o['‘’`]g['‘’`]li)" + WORD_END),
            // titles before a capitalised word
            Pattern.compile(WORD_START + "(?iu:гр\\.|гр-н|гр-ка|гражданин\\p{L}*|гражданк\\p{L}*|г-н|г-жа|господин\\p{L}*"
                    + "|госпож\\p{L}*|тов\\.|товарищ\\p{L}*|mrs?\\.?|ms\\.?|miss|mister|madam|fuqaro\\p{L}*)"
                    + "(?:\\s+|(?<=\\.))\\p{Lu}"),
            // a surname and two initials, either way round
            Pattern.compile(WORD_START + "\\p{Lu}\\p{Ll}{2,}\\s+\\p{Lu}\\.\\s?\\p{Lu}\\."),
            Pattern.compile(WORD_START + "\\p{Lu}\\.\\s?\\p{Lu}\\.\\s?\\p{Lu}\\p{Ll}{2,}"));

    /*
     * Makes, models, places and categories repeat a million times: texts found clean are remembered (bounded);
     * a text that looks like a name is not kept, not even in memory.
     */
    private static final int MAX_REMEMBERED = 50_000;
    private static final Set<String> CLEAN = ConcurrentHashMap.newKeySet();

    private PersonalData() {
    }

    /**
     * Tells whether a value looks like it holds a person's name (see the class documentation).
     *
     * @param text  the value, may be null
     * @return true if it does
     */
    static boolean looksLikeName(String text) {
        if (text == null || !hasLetterRun(text)) {
            return false;
        }
        if (CLEAN.contains(text)) {
            return false;
        }
        boolean name = matchesAMark(text);
        if (!name && CLEAN.size() < MAX_REMEMBERED) {
            CLEAN.add(text);
        }
        return name;
    }

    private static boolean matchesAMark(String text) {
        for (Pattern mark : NAME_MARKS) {
            if (mark.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every mark needs a run of at least three letters (a patronymic, a title and a name, a surname): texts
     * without one, such as most serials and calibres, are passed without running the patterns.
     */
    private static boolean hasLetterRun(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isLetter(text.charAt(i)) ? run + 1 : 0;
            if (run >= 3) {
                return true;
            }
        }
        return false;
    }

    /**
     * The placeholder written instead of a value that must not be repeated: it tells only the length.
     *
     * @param value  the value, not null
     * @return the placeholder
     */
    static String redacted(String value) {
        return "[redacted: " + value.length() + " characters]";
    }
}
