package org.salwmonitor.core.weapon;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.salwmonitor.core.internal.ReferenceCsv;
import org.salwmonitor.core.internal.Require;

/**
 * The calibre of a firearm or cartridge, as written by a person and in a canonical form for matching.
 *
 * <p>People write the same calibre in many ways ({@code 7.62x39}, {@code 7,62×39 мм}, {@code 7.62 x 39mm}).
 * {@link #parse(String)} keeps the text as written in {@link #raw()} and derives {@link #canonical()}.
 * Two calibres are <b>equal when their canonical forms are equal</b>; the raw text is ignored by
 * {@code equals} and {@code hashCode}.
 *
 * <p>Normalisation, in order:
 * <ol>
 * <li>Lower-case; decimal comma to point ({@code 7,62} to {@code 7.62}); the multiplication signs
 *     {@code ×}, Cyrillic {@code х}, Latin {@code X} and {@code *} to {@code x}; Cyrillic {@code мм} to
 *     {@code mm}; a leading word {@code калибр}, {@code кал.}, {@code cal.}, {@code caliber} or
 *     {@code calibre} is dropped; all white space is removed.</li>
 * <li>Known aliases are looked up in {@code calibre-aliases.csv} (leading point ignored), e.g.
 *     {@code 9mm Luger} and {@code 9mm Parabellum} both give {@code 9x19}. Aliases are naming conventions,
 *     each with its source in the table.</li>
 * <li>Metric with case length: bore {@code x} case length in millimetres, optional {@code mm}, optional
 *     rim suffix {@code R}, {@code SR} or {@code B}: canonical {@code 7.62x39}, {@code 7.62x54R},
 *     {@code 9x19}. Trailing zeros of a decimal are dropped ({@code 9.0x19} is {@code 9x19}).</li>
 * <li>Metric bore only: a number followed by {@code mm} ({@code 9mm}, {@code 82 мм}), or a bare decimal
 *     number such as {@code 7.62} or {@code 5,45}, read as millimetres: canonical {@code 9mm},
 *     {@code 7.62mm}. A bore-only calibre is <em>not</em> equal to a full one: {@code 9mm} may be 9x19,
 *     9x18 Makarov or 9x17, so it stays {@code 9mm}; see {@link #isCompatibleWith(Calibre)}.</li>
 * <li>Shotgun gauge: {@code 12 ga}, {@code 12 gauge}, {@code 12 bore}, {@code 12 калибр}, {@code 12 кал.},
 *     {@code 12к}, or gauge with chamber length {@code 12/70}: canonical {@code 12GA}. The chamber length
 *     is kept only in the raw text.</li>
 * <li>Inch calibres: a point and two or three digits, with an optional designation ({@code .45 ACP},
 *     {@code .22 LR}, {@code .45}), or the digits without the point when a designation follows
 *     ({@code 45 ACP}): canonical point, digits, designation in upper case without spaces
 *     ({@code .45ACP}, {@code .22LR}). Designations not in the alias table are kept as written, so
 *     {@code .308 Win} and {@code .308 Winchester} differ until an alias joins them.</li>
 * </ol>
 * Anything else is rejected, including a bare integer such as {@code 9} or {@code 12} (millimetres or
 * gauge cannot be told apart) and values out of range (bore above 200 mm, case above 400 mm, gauge
 * above 50).
 */
public final class Calibre {

    /** How a calibre is expressed. */
    public enum Notation {
        /** Millimetres, with or without case length: {@code 7.62x39}, {@code 9mm}. */
        METRIC,
        /** Hundredths or thousandths of an inch: {@code .45ACP}. */
        INCH,
        /** Shotgun gauge: {@code 12GA}. */
        GAUGE
    }

    private static final String NUMBER = "(\\d{1,3}(?:\\.\\d{1,2})?)";
    private static final Pattern METRIC_WITH_CASE = Pattern.compile(NUMBER + "x" + NUMBER + "(?:mm)?(r|sr|b)?");
    private static final Pattern METRIC_BORE = Pattern.compile(NUMBER + "mm");
    private static final Pattern BARE_DECIMAL = Pattern.compile("(\\d{1,3}\\.\\d{1,2})");
    private static final Pattern GAUGE = Pattern.compile("(\\d{1,2})(?:ga|gauge|bore|калибр|кал\\.?|к\\.?)");
    private static final Pattern GAUGE_WITH_CHAMBER = Pattern.compile("(\\d{1,2})/(\\d{2,3})(?:mm)?");
    private static final Pattern INCH_WITH_POINT = Pattern.compile("\\.(\\d{2,3})([a-z][a-z0-9]*)?");
    private static final Pattern INCH_WITHOUT_POINT = Pattern.compile("(\\d{2,3})([a-z][a-z0-9]*)");
    private static final Pattern LEADING_WORD = Pattern.compile("^(калибр|кал\\.|cal\\.|caliber|calibre)\\s*");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("(\\d),(\\d)");

    private static final int MAX_BORE_MM = 200;
    private static final int MAX_CASE_MM = 400;
    private static final int MAX_GAUGE = 50;

    private final String raw;
    private final String canonical;
    private final Notation notation;

    private Calibre(String raw, String canonical, Notation notation) {
        this.raw = raw;
        this.canonical = canonical;
        this.notation = notation;
    }

    /**
     * Parses a calibre as people write it.
     *
     * @param text  the calibre, such as {@code 7,62×39 мм}, {@code 9mm Luger}, {@code .45 ACP} or {@code 12/70}, not null
     * @return the calibre, keeping {@code text} (stripped of surrounding space) as its raw form, not null
     * @throws IllegalArgumentException if the text is blank or not a recognised calibre; the message quotes it
     */
    public static Calibre parse(String text) {
        String raw = Require.nonBlank(text, "calibre");
        String compact = compact(raw);
        String alias = Aliases.TABLE.get(aliasKey(compact));
        Calibre parsed = alias != null ? parseCompact(compact(alias), raw) : parseCompact(compact, raw);
        if (parsed == null) {
            throw new IllegalArgumentException("calibre must be metric (7.62x39, 9mm), inch (.45 ACP) or gauge "
                    + "(12 ga, 12/70), was '" + text + "'");
        }
        return parsed;
    }

    /** Returns the text as written (surrounding white space removed). */
    public String raw() {
        return raw;
    }

    /** Returns the canonical form used for matching, such as {@code 7.62x39}, {@code 9x19}, {@code .45ACP}, {@code 12GA}. */
    public String canonical() {
        return canonical;
    }

    /** Returns how the calibre is expressed: metric, inch or gauge. */
    public Notation notation() {
        return notation;
    }

    /**
     * Tells whether two calibres may designate the same cartridge: they are equal, or one is metric with the
     * bore only ({@code 9mm}) and the other is metric with the same bore ({@code 9x19}, {@code 9x18}). Use it
     * to widen a search, never to decide identity.
     *
     * @param other  the other calibre, not null
     * @return true if equal or compatible as described
     */
    public boolean isCompatibleWith(Calibre other) {
        Require.nonNull(other, "other");
        if (equals(other)) {
            return true;
        }
        if (notation != Notation.METRIC || other.notation != Notation.METRIC) {
            return false;
        }
        boolean thisBoreOnly = canonical.endsWith("mm");
        boolean otherBoreOnly = other.canonical.endsWith("mm");
        return thisBoreOnly != otherBoreOnly && bore().equals(other.bore());
    }

    private String bore() {
        int end = canonical.indexOf(canonical.endsWith("mm") ? 'm' : 'x');
        return canonical.substring(0, end);
    }

    /** Two calibres are equal when their canonical forms are equal, whatever their raw text. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Calibre that && canonical.equals(that.canonical);
    }

    @Override
    public int hashCode() {
        return canonical.hashCode();
    }

    /** Returns the canonical form. */
    @Override
    public String toString() {
        return canonical;
    }

    private static String compact(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        s = LEADING_WORD.matcher(s).replaceFirst("");
        s = DECIMAL_COMMA.matcher(s).replaceAll("$1.$2");
        s = s.replace('×', 'x').replace('х', 'x').replace('*', 'x').replace("мм", "mm");
        s = s.replaceAll("\\s+", "");
        return s.replace("-mm", "mm");
    }

    private static String aliasKey(String compact) {
        return compact.startsWith(".") ? compact.substring(1) : compact;
    }

    /** Applies the pattern rules; returns null when none fits. Range violations throw. */
    private static Calibre parseCompact(String s, String raw) {
        Matcher m = METRIC_WITH_CASE.matcher(s);
        if (m.matches()) {
            String bore = millimetres(m.group(1), MAX_BORE_MM, "bore", raw);
            String length = millimetres(m.group(2), MAX_CASE_MM, "case length", raw);
            String rim = m.group(3) == null ? "" : m.group(3).toUpperCase(Locale.ROOT);
            return new Calibre(raw, bore + "x" + length + rim, Notation.METRIC);
        }
        m = METRIC_BORE.matcher(s);
        if (m.matches() || (m = BARE_DECIMAL.matcher(s)).matches()) {
            return new Calibre(raw, millimetres(m.group(1), MAX_BORE_MM, "bore", raw) + "mm", Notation.METRIC);
        }
        m = GAUGE.matcher(s);
        if (m.matches() || (m = GAUGE_WITH_CHAMBER.matcher(s)).matches()) {
            int gauge = Integer.parseInt(m.group(1));
            Require.that(gauge >= 1 && gauge <= MAX_GAUGE,
                    "calibre gauge must be between 1 and " + MAX_GAUGE + ", was " + gauge + " in '" + raw + "'");
            return new Calibre(raw, gauge + "GA", Notation.GAUGE);
        }
        m = INCH_WITH_POINT.matcher(s);
        if (m.matches() || (m = INCH_WITHOUT_POINT.matcher(s)).matches()) {
            String designation = m.group(2) == null ? "" : m.group(2).toUpperCase(Locale.ROOT);
            return new Calibre(raw, "." + m.group(1) + designation, Notation.INCH);
        }
        return null;
    }

    private static String millimetres(String number, int max, String field, String raw) {
        BigDecimal value = new BigDecimal(number);
        Require.that(value.signum() > 0 && value.compareTo(BigDecimal.valueOf(max)) <= 0,
                "calibre " + field + " must be above 0 and at most " + max + " mm, was " + number + " in '" + raw + "'");
        return value.stripTrailingZeros().toPlainString();
    }

    /** The alias table, loaded once on first use; every canonical value must itself parse to itself. */
    private static final class Aliases {
        static final Map<String, String> TABLE;

        static {
            Map<String, String> table = new HashMap<>();
            for (String[] row : ReferenceCsv.read(Calibre.class, "calibre-aliases.csv", 3)) {
                Calibre target = parseCompact(compact(row[1]), row[1]);
                if (target == null || !target.canonical.equals(row[1])) {
                    throw new IllegalStateException("calibre-aliases.csv: canonical must be in canonical form, was '"
                            + row[1] + "' for alias '" + row[0] + "'");
                }
                if (table.putIfAbsent(aliasKey(compact(row[0])), row[1]) != null) {
                    throw new IllegalStateException("calibre-aliases.csv lists alias '" + row[0] + "' twice");
                }
            }
            TABLE = Collections.unmodifiableMap(table);
        }

        private Aliases() {
        }
    }
}
