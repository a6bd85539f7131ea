package org.salwmonitor.core.casefile;

import java.util.Locale;

import org.salwmonitor.core.internal.Require;

/**
 * The kind of agency that reported an event: the competent authority that seized, found or received the
 * arms.
 */
public enum AgencyType {
    /** Police or other internal-affairs body. */
    POLICE("police", "полиция"),
    /** Customs. */
    CUSTOMS("customs", "таможня"),
    /** Border guard service. */
    BORDER_GUARD("border guard", "пограничная служба"),
    /** State security service. */
    SECURITY_SERVICE("security service", "служба безопасности"),
    /** Armed forces. */
    MILITARY("military", "вооружённые силы"),
    /** Another agency, such as a prosecutor's office or a forestry or wildlife service. */
    OTHER("other", "другое ведомство");

    private final String nameEn;
    private final String nameRu;

    AgencyType(String nameEn, String nameRu) {
        this.nameEn = nameEn;
        this.nameRu = nameRu;
    }

    /**
     * Returns the label in the language of the locale: Russian for {@code ru}, English otherwise.
     *
     * @param locale  the locale, not null
     * @return the label, not null
     */
    public String label(Locale locale) {
        Require.nonNull(locale, "locale");
        return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
    }
}
