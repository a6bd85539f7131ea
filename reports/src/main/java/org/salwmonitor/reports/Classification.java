package org.salwmonitor.reports;

import java.util.Locale;

/**
 * The classification marking printed in the header and footer of every page. A {@link #PUBLIC} report
 * carries aggregates only, after disclosure control.
 */
public enum Classification {
    /** May be published. */
    PUBLIC("PUBLIC", "ПУБЛИЧНО"),
    /**
     * Case-level material for law enforcement only (the case digest). The Russian marking is the familiar
     * official-use marking «ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ» with the audience spelled out; it marks the document
     * and does not replace a state's own rules on classifying information.
     */
    RESTRICTED("RESTRICTED — law enforcement use only",
            "ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ — только для правоохранительных органов");

    private final String markingEn;
    private final String markingRu;

    Classification(String markingEn, String markingRu) {
        this.markingEn = markingEn;
        this.markingRu = markingRu;
    }

    /**
     * Returns the marking in the language of the locale: Russian for {@code ru}, English otherwise.
     *
     * @param locale  the locale, not null
     * @return the marking, not null
     */
    public String marking(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? markingRu : markingEn;
    }
}
