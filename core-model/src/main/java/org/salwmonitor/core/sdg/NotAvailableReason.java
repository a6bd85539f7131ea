package org.salwmonitor.core.sdg;

import java.util.Locale;

import org.salwmonitor.core.internal.Require;

/**
 * Why an SDG 16.4.2 rate is not available. The reasons are checked in the order declared here, and
 * the first that applies is reported.
 */
public enum NotAvailableReason {
    /** The denominator (arms seized, found or surrendered) is not known: not reported, or reported missing. */
    DENOMINATOR_MISSING("the number of arms seized, found or surrendered is missing",
            "нет данных о количестве изъятого, обнаруженного или добровольно сданного оружия"),
    /** No arms were seized, found or surrendered: a proportion of nothing is undefined, not 0% or 100%. */
    ZERO_DENOMINATOR("no arms were seized, found or surrendered",
            "оружие не изымалось, не обнаруживалось и не сдавалось"),
    /** The numerator (arms whose illicit origin was established) is not known. */
    NUMERATOR_MISSING("the number of arms whose illicit origin was established is missing",
            "нет данных о количестве оружия с установленным незаконным происхождением"),
    /** More arms with established origin than arms seized, found or surrendered: the inputs are inconsistent. */
    NUMERATOR_EXCEEDS_DENOMINATOR("more arms with established illicit origin than arms seized, found or surrendered",
            "оружия с установленным незаконным происхождением больше, чем изъятого, обнаруженного и сданного");

    private final String nameEn;
    private final String nameRu;

    NotAvailableReason(String nameEn, String nameRu) {
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
