package org.salwmonitor.reports.digest;

import java.math.RoundingMode;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

import org.salwmonitor.reports.Texts;

/**
 * Labels and number and date formats of the digest in one language, from the {@code digest} resource bundle,
 * with no fallback to the JVM's default locale. Dates and times are formatted as in the public reports
 * (medium date, 24-hour time and the zone id).
 */
final class DigestTexts {

    static final String BUNDLE = "org.salwmonitor.reports.digest.digest";

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;

    DigestTexts(Locale locale) {
        this.locale = Check.nonNull(locale, "locale");
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.time = DateTimeFormatter.ofPattern("HH:mm", locale);
    }

    Locale locale() {
        return locale;
    }

    ResourceBundle bundle() {
        return bundle;
    }

    /**
     * The label of a key, formatted with its arguments (always through {@link MessageFormat}, so {@code ''} is an
     * apostrophe in every label); integers are printed as given, so format counts first.
     */
    String t(String key, Object... args) {
        String pattern = bundle.getString(key);
        Object[] values = args.clone();
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Integer || values[i] instanceof Long) {
                values[i] = values[i].toString();
            }
        }
        return new MessageFormat(pattern, locale).format(values);
    }

    String integer(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A decimal with at least {@code min} and at most {@code max} fraction digits, rounded half up. */
    String decimal(double value, int min, int max) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(min);
        format.setMaximumFractionDigits(max);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    String date(LocalDate value) {
        return date.format(value);
    }

    String dateTime(ZonedDateTime value) {
        return Texts.dateTime(value, date, time);
    }
}
