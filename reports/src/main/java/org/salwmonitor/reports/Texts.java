package org.salwmonitor.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.ResourceBundle;

/**
 * Labels and number and date formats of one language. Labels come from the {@code messages} resource
 * bundle; there is no fallback to the JVM's default locale, so an English report stays English on a
 * Russian machine.
 */
public final class Texts {

    static final String BUNDLE = "org.salwmonitor.reports.messages";

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;

    Texts(Locale locale) {
        this.locale = locale;
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

    String t(String key, Object... args) {
        String pattern = bundle.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] values = args.clone();
        for (int i = 0; i < values.length; i++) {
            // Whole numbers such as years are printed as given; format counts with integer() first.
            if (values[i] instanceof Integer || values[i] instanceof Long) {
                values[i] = values[i].toString();
            }
        }
        return new MessageFormat(pattern, locale).format(values);
    }

    String integer(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    String decimal(double value, int digits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** The value written to the CSV for a decimal shown with {@code digits} decimals: same rounding, plain form. */
    static String plain(double value, int digits) {
        return BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_UP).toPlainString();
    }

    String percent(double value, int digits) {
        return t("format.percent", decimal(value, digits));
    }

    /** A p-value: three decimals, or "&lt; 0.001". */
    String p(double value) {
        return value < 0.001 ? "< " + decimal(0.001, 3) : decimal(value, 3);
    }

    static String plainP(double value) {
        return value < 0.001 ? "<0.001" : plain(value, 3);
    }

    String country(org.salwmonitor.core.geo.Country country) {
        return country.name(locale);
    }

    String date(LocalDate value) {
        return date.format(value);
    }

    String dateTime(ZonedDateTime value) {
        return dateTime(value, date, time);
    }

    /**
     * A date, 24-hour time and zone as every report prints its generation time; "UTC" rather than the JVM's
     * "Etc/UTC" or "Z". Public for the restricted digest's texts, in their own package.
     *
     * @param value  the instant with its zone, not null
     * @param date   the date format of the report's language, not null
     * @param time   the time format, not null
     * @return the text
     */
    public static String dateTime(ZonedDateTime value, DateTimeFormatter date, DateTimeFormatter time) {
        String zone = value.getZone().normalized().equals(java.time.ZoneOffset.UTC) ? "UTC" : value.getZone().getId();
        return date.format(value) + " " + time.format(value) + " " + zone;
    }

    Cell cellOf(OptionalDouble value, int digits) {
        return value.isPresent() ? Cell.of(decimal(value.getAsDouble(), digits), plain(value.getAsDouble(), digits))
                : notApplicable();
    }

    Cell count(PublishedTable table, int row, int column) {
        return switch (table.state(row, column)) {
            case PUBLISHED -> {
                long value = table.value(row, column).getAsLong();
                yield Cell.of(integer(value), Long.toString(value));
            }
            case SUPPRESSED -> Cell.suppressed();
            case MISSING -> missing();
        };
    }

    Cell missing() {
        return new Cell(t("cell.missing"), "", Cell.MISSING);
    }

    Cell notApplicable() {
        return new Cell(t("cell.na"), "", Cell.NOT_APPLICABLE);
    }
}
