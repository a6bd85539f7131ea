package org.salwmonitor.core.law;

import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.salwmonitor.core.internal.ReferenceCsv;
import org.salwmonitor.core.internal.Require;

/**
 * An international instrument on SALW: a treaty, political commitment, voluntary mechanism or Security
 * Council resolution, with the rule by which it comes to bind a state.
 *
 * <p>The catalogue ships as {@code instruments.csv}; obtain entries with {@link #of(String)}. Dates are
 * recorded only where the domain brief gives them: when only the adoption year is known,
 * {@link #adoptionDate()} is empty; an entry into force the brief does not give is empty, never guessed.
 * Invariants: an adoption date lies in the adoption year; the entry into force is not before adoption.
 *
 * @param code            an upper-case identifier such as {@code ATT}
 * @param nameEn          the English name, not blank
 * @param nameRu          the Russian name, not blank
 * @param kind            the kind of instrument, not null
 * @param adoptionYear    the year of adoption, not null
 * @param adoptionDate    the day of adoption, empty if not verified
 * @param entryIntoForce  the instrument's own entry into force, empty if not verified or not applicable
 * @param rule            the rule by which it binds a state, not null
 * @param ruleVerified    whether that rule was verified in a source (false: modelled but not verified)
 * @param source          where the facts of this entry come from, not blank
 */
public record Instrument(String code, String nameEn, String nameRu, InstrumentKind kind, Year adoptionYear,
        Optional<LocalDate> adoptionDate, Optional<LocalDate> entryIntoForce, EntryIntoForceRule rule,
        boolean ruleVerified, String source) {

    /** Code of the Arms Trade Treaty. */
    public static final String ATT = "ATT";
    /** Code of the UN Firearms Protocol. */
    public static final String FIREARMS_PROTOCOL = "FIREARMS_PROTOCOL";
    /** Code of the UN Convention against Transnational Organized Crime. */
    public static final String UNTOC = "UNTOC";
    /** Code of the UN Programme of Action on SALW. */
    public static final String POA = "POA";
    /** Code of the International Tracing Instrument. */
    public static final String ITI = "ITI";
    /** Code of the UN Register of Conventional Arms. */
    public static final String UNROCA = "UNROCA";
    /** Code of the OSCE Document on SALW. */
    public static final String OSCE_SALW = "OSCE_SALW";


    /** Validates every field. */
    public Instrument {
        Require.code(code, "code");
        nameEn = Require.nonBlank(nameEn, "nameEn");
        nameRu = Require.nonBlank(nameRu, "nameRu");
        Require.nonNull(kind, "kind");
        Require.nonNull(adoptionYear, "adoptionYear");
        Require.nonNull(adoptionDate, "adoptionDate");
        Require.nonNull(entryIntoForce, "entryIntoForce");
        Require.nonNull(rule, "rule");
        source = Require.nonBlank(source, "source");
        adoptionDate.ifPresent(date -> Require.that(date.getYear() == adoptionYear.getValue(),
                "adoptionDate must lie in adoptionYear " + adoptionYear + ", was " + date + " for " + code));
        entryIntoForce.ifPresent(date -> Require.that(
                date.getYear() >= adoptionYear.getValue() && !adoptionDate.filter(date::isBefore).isPresent(),
                "entryIntoForce must not be before adoption, was " + date + " for " + code));
    }

    /**
     * Returns the catalogue entry with this code (case and surrounding spaces ignored).
     *
     * @param code  the code, such as {@code ATT}, not null
     * @return the instrument, not null
     * @throws IllegalArgumentException if the catalogue has no such code
     */
    public static Instrument of(String code) {
        Require.nonNull(code, "code");
        Instrument instrument = Table.BY_CODE.get(code.strip().toUpperCase(Locale.ROOT));
        if (instrument == null) {
            throw new IllegalArgumentException("instrument code must be one of " + Table.BY_CODE.keySet()
                    + ", was '" + code + "'");
        }
        return instrument;
    }

    /** Returns the whole catalogue, in file order. */
    public static List<Instrument> all() {
        return List.copyOf(Table.BY_CODE.values());
    }

    /** Returns the name in the language of the locale: Russian for {@code ru}, English otherwise. */
    public String label(Locale locale) {
        Require.nonNull(locale, "locale");
        return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
    }

    @Override
    public String toString() {
        return code;
    }

    private static final class Table {
        static final Map<String, Instrument> BY_CODE = new LinkedHashMap<>();

        static {
            for (String[] row : ReferenceCsv.read(Instrument.class, "instruments.csv", 10)) {
                Instrument instrument = new Instrument(row[0], row[1], row[2], InstrumentKind.valueOf(row[3]),
                        Year.parse(row[4]), optionalDate(row[5]), optionalDate(row[6]),
                        EntryIntoForceRule.parse(row[7]), Boolean.parseBoolean(row[8]), row[9]);
                if (BY_CODE.putIfAbsent(instrument.code(), instrument) != null) {
                    throw new IllegalStateException("instruments.csv lists " + instrument.code() + " twice");
                }
            }
        }

        private Table() {
        }
    }

    /** Reads an ISO date, or empty for a blank field. */
    static Optional<LocalDate> optionalDate(String text) {
        return text.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(text));
    }
}
