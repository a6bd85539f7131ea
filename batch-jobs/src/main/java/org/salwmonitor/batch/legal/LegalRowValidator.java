package org.salwmonitor.batch.legal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.salwmonitor.batch.shared.CsvRow;
import org.salwmonitor.batch.shared.RowReject;
import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.law.ActionLevel;
import org.salwmonitor.core.law.ActionType;
import org.salwmonitor.core.law.Instrument;
import org.salwmonitor.core.law.ReportVisibility;
import org.salwmonitor.core.law.ReportingObligation;

/**
 * Checks one row of a participation or submissions file (docs/formats.md §4–5) against the core-model
 * code lists, column by column, with the same rule codes as the statistics import.
 */
final class LegalRowValidator {

    static final int MAX_SOURCE = 500;

    /** The two kinds of legal file, told apart by their header. */
    enum Kind {
        PARTICIPATION(List.of("STATE", "INSTRUMENT", "ACTION", "DATE", "SOURCE")),
        SUBMISSIONS(List.of("STATE", "OBLIGATION", "CYCLE", "DATE_RECEIVED", "SOURCE"));

        final List<String> required;

        Kind(List<String> required) {
            this.required = required;
        }
    }

    /** A valid row, or its rejects. */
    record Outcome(LegalRow row, List<RowReject> rejects) {
    }

    private final Kind kind;
    private final int expectedFields;

    LegalRowValidator(Kind kind, int expectedFields) {
        this.kind = kind;
        this.expectedFields = expectedFields;
    }

    Outcome validate(CsvRow row) {
        List<RowReject> rejects = new ArrayList<>();
        Optional<CsvRow.ShapeProblem> shape = row.shapeProblem(expectedFields);
        if (shape.isPresent()) {
            rejects.add(reject(row, null, shape.get().value(), shape.get().rule(), shape.get().message()));
            return new Outcome(null, rejects);
        }
        Country state = parse(row, rejects, "STATE", "REF_AREA_UNKNOWN", Country::parse);
        String source = text(row, rejects, "SOURCE");
        Boolean synthetic = optional(row, rejects, "SYNTHETIC", LegalRowValidator::parseBoolean, Boolean.FALSE);
        if (kind == Kind.PARTICIPATION) {
            Instrument instrument = parse(row, rejects, "INSTRUMENT", "CODE_UNKNOWN", Instrument::of);
            ActionType action = parse(row, rejects, "ACTION", "CODE_UNKNOWN",
                    code -> ActionType.valueOf(code.strip().toUpperCase(Locale.ROOT)));
            ActionLevel level = optional(row, rejects, "LEVEL",
                    code -> ActionLevel.valueOf(code.strip().toUpperCase(Locale.ROOT)), ActionLevel.INTERNATIONAL);
            LocalDate date = date(row, rejects, "DATE");
            Boolean verified = optional(row, rejects, "VERIFIED", LegalRowValidator::parseBoolean, Boolean.FALSE);
            if (!rejects.isEmpty()) {
                return new Outcome(null, rejects);
            }
            return new Outcome(new LegalRow.Act(row.line(), state.alpha2(), instrument.code(), action.name(),
                    level.name(), date, source, verified, synthetic), rejects);
        }
        ReportingObligation obligation = parse(row, rejects, "OBLIGATION", "CODE_UNKNOWN", ReportingObligation::of);
        Integer cycle = parse(row, rejects, "CYCLE", "CYCLE_RANGE", LegalRowValidator::parseCycle);
        LocalDate received = date(row, rejects, "DATE_RECEIVED");
        ReportVisibility publicity = optional(row, rejects, "PUBLICITY",
                code -> ReportVisibility.valueOf(code.strip().toUpperCase(Locale.ROOT)), ReportVisibility.UNKNOWN);
        if (!rejects.isEmpty()) {
            return new Outcome(null, rejects);
        }
        return new Outcome(new LegalRow.Submission(row.line(), state.alpha2(), obligation.code(), cycle, received,
                publicity.name(), source, synthetic), rejects);
    }

    private static Integer parseCycle(String text) {
        int year;
        try {
            year = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("CYCLE must be a year such as 2021, was '" + text + "'");
        }
        if (year < 1990 || year > 2100) {
            throw new IllegalArgumentException("CYCLE must be between 1990 and 2100, was " + year);
        }
        return year;
    }

    private static Boolean parseBoolean(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> Boolean.TRUE;
            case "false", "no", "0" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("must be true or false, was '" + text + "'");
        };
    }

    private static LocalDate date(CsvRow row, List<RowReject> rejects, String column) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.getYear() < 1900 || date.getYear() > 2100) {
                rejects.add(reject(row, column, value, "DATE_RANGE", column + " must be between 1900 and 2100, was " + value));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            rejects.add(reject(row, column, value, "DATE_FORMAT",
                    column + " must be an ISO date such as 2018-03-08 (or empty if not verified), was '" + value + "'"));
            return null;
        }
    }

    private static String text(CsvRow row, List<RowReject> rejects, String column) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            rejects.add(reject(row, column, value, "REQUIRED", column + " must not be empty: every fact needs its source"));
            return null;
        }
        if (value.strip().length() > MAX_SOURCE) {
            rejects.add(reject(row, column, value, "FIELD_TOO_LONG", column + " may hold at most " + MAX_SOURCE
                    + " characters, was " + value.strip().length()));
            return null;
        }
        return value.strip();
    }

    private static <T> T parse(CsvRow row, List<RowReject> rejects, String column, String rule, Function<String, T> parser) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            rejects.add(reject(row, column, value, "REQUIRED", column + " must not be empty"));
            return null;
        }
        return apply(row, rejects, column, rule, parser, value);
    }

    private static <T> T optional(CsvRow row, List<RowReject> rejects, String column, Function<String, T> parser,
                                  T fallback) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return apply(row, rejects, column, "CODE_UNKNOWN", parser, value);
    }

    private static <T> T apply(CsvRow row, List<RowReject> rejects, String column, String rule,
                               Function<String, T> parser, String value) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            rejects.add(reject(row, column, value, rule, column + ": " + e.getMessage()));
            return null;
        }
    }

    private static RowReject reject(CsvRow row, String column, String value, String rule, String message) {
        return new RowReject(row.fileName(), row.line(), column, value, rule, message);
    }
}
