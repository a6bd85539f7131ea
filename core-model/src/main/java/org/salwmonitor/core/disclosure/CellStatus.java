package org.salwmonitor.core.disclosure;

import java.util.Locale;

import org.salwmonitor.core.internal.Require;

/**
 * Whether a cell of a protected table may be published, and if not, why.
 *
 * <p>Each status carries the codes that SDMX output shows: the observation status from
 * {@code CL_OBS_STATUS} ({@code A} normal value, {@code Q} missing value, suppressed) and the
 * confidentiality status from {@code CL_CONF_STATUS} ({@code F} free for publication, {@code A} primary
 * confidentiality due to small counts, {@code D} secondary confidentiality set by the sender). Reports
 * print a suppressed cell as {@code c}, the flag Eurostat uses for confidential values.
 */
public enum CellStatus {
    /** Published as it is. */
    PUBLISHED("A", "F", "published", "опубликовано"),
    /** Hidden because the count is positive and below the threshold. */
    PRIMARY("Q", "A", "confidential: small count", "конфиденциально: малое число"),
    /** Hidden so that a primary cell cannot be worked out from the totals. */
    SECONDARY("Q", "D", "confidential: hidden to protect another cell",
            "конфиденциально: скрыто для защиты другой ячейки");

    /** The flag that reports print instead of a suppressed value. */
    public static final String CONFIDENTIAL_FLAG = "c";

    private final String obsStatus;
    private final String confStatus;
    private final String nameEn;
    private final String nameRu;

    CellStatus(String obsStatus, String confStatus, String nameEn, String nameRu) {
        this.obsStatus = obsStatus;
        this.confStatus = confStatus;
        this.nameEn = nameEn;
        this.nameRu = nameRu;
    }

    /** Tells whether the value is withheld ({@link #PRIMARY} or {@link #SECONDARY}). */
    public boolean isSuppressed() {
        return this != PUBLISHED;
    }

    /** Returns the SDMX {@code OBS_STATUS} code: {@code A} when published, {@code Q} when suppressed. */
    public String obsStatus() {
        return obsStatus;
    }

    /** Returns the SDMX {@code CONF_STATUS} code: {@code F}, {@code A} (primary) or {@code D} (secondary). */
    public String confStatus() {
        return confStatus;
    }

    /** Returns {@code c} when suppressed and the empty string when published. */
    public String flag() {
        return isSuppressed() ? CONFIDENTIAL_FLAG : "";
    }

    /** Returns the label in the language of the locale: Russian for {@code ru}, English otherwise. */
    public String label(Locale locale) {
        Require.nonNull(locale, "locale");
        return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
    }
}
