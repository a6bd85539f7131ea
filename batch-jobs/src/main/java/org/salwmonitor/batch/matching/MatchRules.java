package org.salwmonitor.batch.matching;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.salwmonitor.core.weapon.Calibre;

/**
 * Decides whether two candidate records refer to the same firearm, and how strongly (docs/matching.md).
 *
 * <p>Records with the <b>same serial key</b> are linked when nothing contradicts it and something corroborates it:
 * the weapon types do not differ, the models do not differ, the calibres do not contradict each other, and the
 * model or the make agrees. Makes that name different manufacturers do not veto a link between records of the
 * same model (the make field is often a clerk's reading of a brand, an arsenal mark or a city); the link is
 * marked {@link MatchRemark#MAKES_DIFFER}. Equal keys on different models are different firearms.
 *
 * <p>Records whose keys are <b>one digit apart</b> are linked only when make (one manufacturer), model and
 * calibre are identical and the types do not differ: {@link MatchStrength#ONE_CHARACTER_APART}.
 *
 * <p>Calibres are read with core-model {@link Calibre}; they contradict each other when both are recognised, in
 * the same notation (or one is a gauge), and neither equal nor compatible; when one is not recognised, when
 * their leading numbers (bore or gauge) differ. A metric and an inch designation are not compared. One instance
 * caches the calibres it has read: use one per matching run, from one thread.
 */
final class MatchRules {

    /** How two identifiers of a pair relate. */
    enum Agreement {
        /** Both known and the same, exactly (one manufacturer, one calibre). */
        IDENTICAL,
        /** Both known and may be the same (a shared manufacturer, compatible calibres). */
        COMPATIBLE,
        /** At least one is missing or not comparable. */
        NOT_COMPARED,
        /** Both known and different. */
        CONTRADICTORY
    }

    private static final Pattern LEADING_NUMBER = Pattern.compile("(\\d+(?:[.,]\\d+)?)");
    private static final String UNKNOWN_MANUFACTURER = "UNKNOWN";

    private final Map<String, Optional<Calibre>> calibres = new HashMap<>();

    /**
     * Judges a pair of candidates.
     *
     * @param a         one record, not null
     * @param b         the other, not null
     * @param nearKeys  true if the database proposed them as keys one digit apart, false for equal keys
     * @return the link, or empty if the rules do not link them
     */
    Optional<MatchLink> judge(Candidate a, Candidate b, boolean nearKeys) {
        if (typesDiffer(a.record().weaponType(), b.record().weaponType())) {
            return Optional.empty();
        }
        Agreement model = models(a, b);
        Agreement make = makes(a, b);
        Agreement calibre = calibres(a.record().calibre(), b.record().calibre());
        if (model == Agreement.CONTRADICTORY || calibre == Agreement.CONTRADICTORY) {
            return Optional.empty();
        }
        if (nearKeys) {
            boolean identical = model == Agreement.IDENTICAL && make == Agreement.IDENTICAL
                    && calibre == Agreement.IDENTICAL;
            return identical ? Optional.of(link(a, b, MatchStrength.ONE_CHARACTER_APART, List.of()))
                    : Optional.empty();
        }
        boolean makeAgrees = make == Agreement.IDENTICAL || make == Agreement.COMPATIBLE;
        if (model == Agreement.NOT_COMPARED && !makeAgrees) {
            return Optional.empty();
        }
        List<MatchRemark> remarks = new ArrayList<>();
        if (make == Agreement.CONTRADICTORY) {
            remarks.add(MatchRemark.MAKES_DIFFER);
        }
        if (model == Agreement.NOT_COMPARED) {
            remarks.add(MatchRemark.MODEL_MISSING);
        }
        if (calibre == Agreement.NOT_COMPARED) {
            remarks.add(MatchRemark.CALIBRE_NOT_COMPARED);
        }
        MatchStrength strength = a.record().serial().strip().equals(b.record().serial().strip())
                ? MatchStrength.IDENTICAL_SERIAL : MatchStrength.SAME_KEY;
        return Optional.of(link(a, b, strength, remarks));
    }

    private static MatchLink link(Candidate a, Candidate b, MatchStrength strength, List<MatchRemark> remarks) {
        String x = a.record().reference();
        String y = b.record().reference();
        return x.compareTo(y) <= 0 ? new MatchLink(x, y, strength, remarks) : new MatchLink(y, x, strength, remarks);
    }

    private static boolean typesDiffer(String a, String b) {
        return known(a) && known(b) && !a.equals(b);
    }

    private static boolean known(String weaponType) {
        return weaponType != null && !weaponType.isBlank() && !weaponType.equals("UNKNOWN");
    }

    /** Models by their name keys: IDENTICAL, NOT_COMPARED (one missing) or CONTRADICTORY. */
    static Agreement models(Candidate a, Candidate b) {
        if (a.modelKey().isEmpty() || b.modelKey().isEmpty()) {
            return Agreement.NOT_COMPARED;
        }
        return a.modelKey().equals(b.modelKey()) ? Agreement.IDENTICAL : Agreement.CONTRADICTORY;
    }

    /**
     * Makes by the manufacturers they may designate: IDENTICAL when each designates exactly one and it is the
     * same, COMPATIBLE when they share one, CONTRADICTORY when they share none, NOT_COMPARED when one is missing.
     */
    static Agreement makes(Candidate a, Candidate b) {
        Set<String> x = manufacturers(a);
        Set<String> y = manufacturers(b);
        if (x.isEmpty() || y.isEmpty()) {
            return Agreement.NOT_COMPARED;
        }
        if (x.size() == 1 && x.equals(y)) {
            return Agreement.IDENTICAL;
        }
        Set<String> shared = new HashSet<>(x);
        shared.retainAll(y);
        return shared.isEmpty() ? Agreement.CONTRADICTORY : Agreement.COMPATIBLE;
    }

    /** The manufacturers of the alias rows, or the make's own key when it has none; placeholders count as none. */
    private static Set<String> manufacturers(Candidate c) {
        Set<String> result = new HashSet<>(c.manufacturers());
        if (result.isEmpty() && !c.makeKey().isEmpty()) {
            result.add(c.makeKey());
        }
        result.remove(UNKNOWN_MANUFACTURER);
        return result;
    }

    /** Compares two calibres as written, as described in the class documentation. */
    Agreement calibres(String a, String b) {
        Optional<Calibre> x = calibre(a);
        Optional<Calibre> y = calibre(b);
        if (x.isPresent() && y.isPresent()) {
            Calibre p = x.get();
            Calibre q = y.get();
            if (p.equals(q)) {
                return Agreement.IDENTICAL;
            }
            if (p.isCompatibleWith(q)) {
                return Agreement.COMPATIBLE;
            }
            boolean comparable = p.notation() == q.notation() || p.notation() == Calibre.Notation.GAUGE
                    || q.notation() == Calibre.Notation.GAUGE;
            return comparable ? Agreement.CONTRADICTORY : Agreement.NOT_COMPARED;
        }
        if (x.filter(c -> c.notation() == Calibre.Notation.INCH).isPresent()
                || y.filter(c -> c.notation() == Calibre.Notation.INCH).isPresent()) {
            return Agreement.NOT_COMPARED;
        }
        Optional<BigDecimal> m = leadingNumber(x.map(Calibre::canonical).orElse(a));
        Optional<BigDecimal> n = leadingNumber(y.map(Calibre::canonical).orElse(b));
        if (m.isEmpty() || n.isEmpty()) {
            return Agreement.NOT_COMPARED;
        }
        if (m.get().compareTo(n.get()) != 0) {
            return Agreement.CONTRADICTORY;
        }
        return x.isEmpty() && y.isEmpty() && compact(a).equals(compact(b)) ? Agreement.IDENTICAL
                : Agreement.COMPATIBLE;
    }

    private Optional<Calibre> calibre(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return calibres.computeIfAbsent(text, t -> {
            try {
                return Optional.of(Calibre.parse(t));
            } catch (IllegalArgumentException notACalibre) {
                return Optional.empty();
            }
        });
    }

    /** The first number of a calibre (its bore or gauge), decimal comma read as a point. */
    private static Optional<BigDecimal> leadingNumber(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = LEADING_NUMBER.matcher(text);
        return m.find() ? Optional.of(new BigDecimal(m.group(1).replace(',', '.'))) : Optional.empty();
    }

    private static String compact(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
