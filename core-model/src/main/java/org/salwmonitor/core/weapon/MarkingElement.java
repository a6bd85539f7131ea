package org.salwmonitor.core.weapon;

import java.util.Locale;

import org.salwmonitor.core.internal.Require;

/**
 * An element of a firearm's marking (UN Firearms Protocol art. 8, International Tracing Instrument) or of
 * the minimum identifiers of a trace request (make, model, calibre, serial number, type, country of
 * manufacture or of last legal import; INTERPOL and ATF trace practice).
 */
public enum MarkingElement {
    /** Name of the manufacturer (art. 8(1)(a)); also the "make" of a trace request. */
    MANUFACTURER(true, true, "manufacturer", "изготовитель"),
    /** Country or place of manufacture (art. 8(1)(a)). */
    COUNTRY_OF_MANUFACTURE(true, false, "country of manufacture", "страна изготовления"),
    /** Serial number (art. 8(1)(a)). */
    SERIAL_NUMBER(true, true, "serial number", "серийный номер"),
    /** Import marking: importing country and, where possible, year of import (art. 8(1)(b)). */
    IMPORT_MARKING(true, false, "import marking", "импортная маркировка"),
    /** Model, for a trace request. */
    MODEL(false, true, "model", "модель"),
    /** Calibre, for a trace request. */
    CALIBRE(false, true, "calibre", "калибр"),
    /** Weapon type, for a trace request. */
    WEAPON_TYPE(false, true, "weapon type", "вид оружия"),
    /** Country of manufacture or of last legal import, for a trace request. */
    COUNTRY_OF_MANUFACTURE_OR_IMPORT(false, true, "country of manufacture or last legal import",
            "страна изготовления или последнего законного ввоза");

    private final boolean markingElement;
    private final boolean traceIdentifier;
    private final String nameEn;
    private final String nameRu;

    MarkingElement(boolean markingElement, boolean traceIdentifier, String nameEn, String nameRu) {
        this.markingElement = markingElement;
        this.traceIdentifier = traceIdentifier;
        this.nameEn = nameEn;
        this.nameRu = nameRu;
    }

    /** Tells whether the element is required in the marking by Firearms Protocol art. 8(1)(a) or (b). */
    public boolean isMarkingElement() {
        return markingElement;
    }

    /** Tells whether the element is one of the minimum identifiers of a trace request. */
    public boolean isTraceIdentifier() {
        return traceIdentifier;
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
