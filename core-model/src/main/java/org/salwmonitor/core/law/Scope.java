package org.salwmonitor.core.law;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.internal.ReferenceCsv;
import org.salwmonitor.core.internal.Require;

/**
 * The states to which an instrument that needs no ratification applies.
 *
 * <p>Limitation: membership is taken as it stands, not dated; a state that joined the UN or the OSCE after
 * an instrument's adoption is treated as covered from adoption.
 */
public enum Scope {
    /** Every UN member state ({@link Country#unMember()}); observer states are not covered. */
    UN_MEMBER_STATES("UN member states", "государства — члены ООН"),
    /**
     * The OSCE participating States listed in {@code osce-participating-states.csv}. The list holds only
     * verified entries, so a state missing from it is "not verified", never "not covered".
     */
    OSCE_PARTICIPATING_STATES("OSCE participating States", "государства — участники ОБСЕ");

    private final String nameEn;
    private final String nameRu;

    Scope(String nameEn, String nameRu) {
        this.nameEn = nameEn;
        this.nameRu = nameRu;
    }

    /**
     * Tells whether the scope covers a state.
     *
     * @param state  the state, not null
     * @return {@code BOUND} if covered, {@code NOT_BOUND} if verifiably not, {@code NOT_VERIFIED} otherwise
     */
    public Binding covers(Country state) {
        Require.nonNull(state, "state");
        if (this == UN_MEMBER_STATES) {
            return state.unMember() ? Binding.BOUND : Binding.NOT_BOUND;
        }
        return OsceTable.MEMBERS.contains(state) ? Binding.BOUND : Binding.NOT_VERIFIED;
    }

    /** Returns the label in the language of the locale: Russian for {@code ru}, English otherwise. */
    public String label(Locale locale) {
        Require.nonNull(locale, "locale");
        return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
    }

    private static final class OsceTable {
        static final Set<Country> MEMBERS;

        static {
            Set<Country> members = new LinkedHashSet<>();
            List<String[]> rows = ReferenceCsv.read(Scope.class, "osce-participating-states.csv", 3);
            for (String[] row : rows) {
                members.add(Country.of(row[0]));
            }
            MEMBERS = Set.copyOf(members);
        }

        private OsceTable() {
        }
    }
}
