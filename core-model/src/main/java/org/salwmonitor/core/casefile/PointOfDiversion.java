package org.salwmonitor.core.casefile;

import java.util.Locale;

import org.salwmonitor.core.internal.Require;

/**
 * Where an item left the legal circuit, as established by a trace. This is a <b>project code list</b>, not an
 * official one: neither the UNODC questionnaire nor iARMS publishes these exact codes; the values follow the
 * categories of diversion discussed in the UNODC Global Study on Firearms Trafficking 2020.
 */
public enum PointOfDiversion {
    /** Lost or stolen from state (military, police) stockpiles. */
    STATE_STOCKPILE_LOSS("loss from state stockpiles", "утрата из государственных запасов"),
    /** Stolen from a lawful civilian holder, shop or dealer. */
    THEFT_FROM_CIVILIAN("theft from a civilian holder", "хищение у гражданского владельца"),
    /** Made without licence or authorisation, including craft production and conversion. */
    ILLICIT_MANUFACTURE("illicit manufacture", "незаконное изготовление"),
    /** Diverted during or after an international or domestic transfer. */
    DIVERSION_IN_TRANSFER("diversion in transfer", "утечка при передаче"),
    /** Another point of diversion. */
    OTHER("other", "иное"),
    /** Not established. */
    UNKNOWN("unknown", "не установлено");

    private final String nameEn;
    private final String nameRu;

    PointOfDiversion(String nameEn, String nameRu) {
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
