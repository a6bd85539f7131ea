package org.salwmonitor.batch.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.salwmonitor.batch.shared.CsvRow;
import org.salwmonitor.batch.shared.RowReject;
import org.salwmonitor.core.casefile.CriminalContext;
import org.salwmonitor.core.casefile.EventType;
import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.statistics.Confidentiality;
import org.salwmonitor.core.statistics.Dimensions;
import org.salwmonitor.core.statistics.Indicator;
import org.salwmonitor.core.statistics.ObservationStatus;
import org.salwmonitor.core.statistics.Period;
import org.salwmonitor.core.statistics.SeriesKey;
import org.salwmonitor.core.statistics.UnitOfMeasure;
import org.salwmonitor.core.weapon.ItemClass;
import org.salwmonitor.core.weapon.WeaponType;

/**
 * Checks one row of a statistics file against the core-model code lists and rules, column by column,
 * and either returns the normalised row or every reason to reject it. Rule codes are those of
 * {@code docs/formats.md}.
 */
public final class StatisticsRowValidator {

    /** Longest text accepted per free-text column; the database columns have the same limits. */
    static final int MAX_AGENCY = 200;
    static final int MAX_REFERENCE = 500;
    static final int MAX_COMMENT = 1000;
    private static final List<String> TEXT_COLUMNS = List.of("SOURCE_AGENCY", "SOURCE_REF", "COMMENT");

    /*
     * A file repeats a few hundred codes and key shapes a million times, and the core-model checks build
     * their messages even when they pass: the outcome of each distinct text or key shape is remembered
     * (successes only for codes, so every reject still gets its own message). The caches are bounded.
     */
    private static final int MAX_REMEMBERED = 10_000;
    private final Memo<Country> countries = new Memo<>(Country::parse);
    private final Memo<Period> periods = new Memo<>(Period::parse);
    /** Each period's stored form, one string per period: rows share it, and its hash code is computed once. */
    private final Map<Period, String> periodCodes = new ConcurrentHashMap<>();
    private final Memo<Indicator> indicators = new Memo<>(Indicator::parse);
    private final Memo<EventType> events = new Memo<>(Dimensions::parseEvent);
    private final Memo<ItemClass> itemClasses = new Memo<>(Dimensions::parseItemClass);
    private final Memo<WeaponType> weaponTypes = new Memo<>(Dimensions::parseWeaponType);
    private final Memo<CriminalContext> contexts = new Memo<>(Dimensions::parseContext);
    private final Memo<UnitOfMeasure> units = new Memo<>(StatisticsRowValidator::parseUnit);
    /** Key shapes checked against core-model's {@link SeriesKey}: the shape, and "" or why it is invalid. */
    private final Map<KeyShape, String> keyShapes = new ConcurrentHashMap<>();

    /** What decides whether a key is valid: everything but the country (which only has to exist). */
    private record KeyShape(Indicator indicator, EventType event, ItemClass itemClass, WeaponType weaponType,
                            CriminalContext context, UnitOfMeasure unit) {
    }

    /** The outcome for one row: a row to store, or its rejects. */
    public sealed interface Outcome permits Accepted, Rejected {
    }

    /** A valid row, with notices about it (such as a spreadsheet formula kept as text). */
    public record Accepted(StatisticsRow row, List<RowReject> notices) implements Outcome {
    }

    /** A rejected row with every reason found. */
    public record Rejected(int line, List<RowReject> rejects) implements Outcome {
    }

    /**
     * Validates one row.
     *
     * @param row             the row as read
     * @param expectedFields  the number of columns in the header
     * @return the row to store, or why it is rejected
     */
    public Outcome validate(CsvRow row, int expectedFields) {
        Problems problems = new Problems(row);
        Optional<CsvRow.ShapeProblem> shape = row.shapeProblem(expectedFields);
        if (shape.isPresent()) {
            problems.add(null, shape.get().value(), shape.get().rule(), shape.get().message());
            return problems.rejected();
        }
        Country area = problems.parse("REF_AREA", "REF_AREA_UNKNOWN", countries);
        String periodText = problems.required("TIME_PERIOD");
        Period period = null;
        if (periodText != null) {
            period = parsePeriod(problems, periodText, periods);
        }
        Indicator indicator = problems.parse("INDICATOR", "CODE_UNKNOWN", indicators);
        EventType event = problems.parse("EVENT", "CODE_UNKNOWN", events);
        ItemClass itemClass = problems.parse("ITEM_CLASS", "CODE_UNKNOWN", itemClasses);
        WeaponType weaponType = problems.parse("WEAPON_TYPE", "CODE_UNKNOWN", weaponTypes);
        CriminalContext context = problems.parse("CONTEXT", "CODE_UNKNOWN", contexts);
        UnitOfMeasure unit = problems.parse("UNIT_MEASURE", "CODE_UNKNOWN", units);
        Long value = parseValue(problems);
        ObservationStatus status = problems.optional("OBS_STATUS", "CODE_UNKNOWN", ObservationStatus::fromSdmxCode,
                value == null ? null : ObservationStatus.NORMAL);
        Confidentiality confidentiality = problems.optional("CONF_STATUS", "CODE_UNKNOWN",
                Confidentiality::fromSdmxCode, Confidentiality.FREE);
        String agency = problems.text("SOURCE_AGENCY", MAX_AGENCY, true);
        String reference = problems.text("SOURCE_REF", MAX_REFERENCE, false);
        String comment = problems.text("COMMENT", MAX_COMMENT, false);
        Boolean synthetic = problems.optional("SYNTHETIC", "BOOLEAN_INVALID", StatisticsRowValidator::parseBoolean,
                Boolean.FALSE);
        StatisticsRow.Action action = problems.optional("ACTION", "CODE_UNKNOWN", StatisticsRowValidator::parseAction,
                StatisticsRow.Action.STORE);

        String rawValue = row.get("OBS_VALUE");
        if (problems.none() && value == null && action == StatisticsRow.Action.STORE
                && (status == null || !status.isMissing())) {
            problems.add("OBS_STATUS", row.get("OBS_STATUS"), "MISSING_NEEDS_STATUS",
                    "an empty OBS_VALUE is a missing observation and needs OBS_STATUS L, M, O or Q, was '"
                            + nullToEmpty(row.get("OBS_STATUS")) + "'");
        }
        if (problems.none() && value != null && status.isMissing()) {
            problems.add("OBS_STATUS", row.get("OBS_STATUS"), "VALUE_WITH_MISSING_STATUS",
                    "OBS_STATUS " + status.sdmxCode() + " says the value is missing, but OBS_VALUE is " + rawValue);
        }
        if (problems.none()) {
            String invalid = keyShapes.get(new KeyShape(indicator, event, itemClass, weaponType, context, unit));
            if (invalid == null) {
                invalid = checkKey(area, indicator, event, itemClass, weaponType, context, unit);
                if (keyShapes.size() < MAX_REMEMBERED) {
                    keyShapes.put(new KeyShape(indicator, event, itemClass, weaponType, context, unit), invalid);
                }
            }
            if (!invalid.isEmpty()) {
                boolean unitRule = invalid.startsWith("unit must be");
                problems.add(unitRule ? "UNIT_MEASURE" : null, unitRule ? row.get("UNIT_MEASURE") : null,
                        unitRule ? "UNIT_MISMATCH" : "KEY_INCONSISTENT", invalid);
            }
        }
        if (!problems.none()) {
            return problems.rejected();
        }
        List<RowReject> notices = new ArrayList<>();
        for (String column : TEXT_COLUMNS) {
            String text = row.get(column);
            if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
                notices.add(new RowReject(row.fileName(), row.line(), column, text, "TEXT_FORMULA",
                        column + " starts like a spreadsheet formula; it is stored as text and escaped in every CSV"
                                + " the project writes"));
            }
        }
        return new Accepted(new StatisticsRow(row.line(), action, area.alpha2(), codeOf(period), indicator.code(),
                Dimensions.codeOf(event), Dimensions.codeOf(itemClass), Dimensions.codeOf(weaponType),
                Dimensions.codeOf(context), unit.name(), value, status == null ? "O" : status.sdmxCode(),
                confidentiality.sdmxCode(), agency, reference, synthetic, comment), notices);
    }

    private String codeOf(Period period) {
        String code = periodCodes.get(period);
        if (code == null) {
            code = period.toString();
            if (periodCodes.size() < MAX_REMEMBERED) {
                periodCodes.put(period, code);
            }
        }
        return code;
    }

    /** Returns "" if the codes make a valid core-model {@link SeriesKey}, otherwise why not. */
    private static String checkKey(Country area, Indicator indicator, EventType event, ItemClass itemClass,
                                   WeaponType weaponType, CriminalContext context, UnitOfMeasure unit) {
        try {
            new SeriesKey(area, indicator, new Dimensions(event, itemClass, weaponType, context), unit);
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static Period parsePeriod(Problems problems, String text, Memo<Period> periods) {
        try {
            return periods.apply(text);
        } catch (IllegalArgumentException e) {
            boolean wellFormed = text.strip().matches("\\d{4}(-Q\\d)?");
            problems.add("TIME_PERIOD", text, wellFormed ? "TIME_PERIOD_RANGE" : "TIME_PERIOD_FORMAT", e.getMessage());
            return null;
        }
    }

    private static Long parseValue(Problems problems) {
        String raw = problems.row.get("OBS_VALUE");
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        if (!isWholeNumber(text)) {
            problems.add("OBS_VALUE", raw, "OBS_VALUE_NOT_NUMBER",
                    "OBS_VALUE must be a whole number of items (an empty value with a missing OBS_STATUS for no data), was '"
                            + raw + "'");
            return null;
        }
        long value = Long.parseLong(text);
        if (value < 0) {
            problems.add("OBS_VALUE", raw, "OBS_VALUE_NEGATIVE", "OBS_VALUE must not be negative, was " + value);
            return null;
        }
        return value;
    }

    /** Tells whether the text is an optional minus and 1 to 18 ASCII digits (so that it fits a long). */
    private static boolean isWholeNumber(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        int digits = text.length() - start;
        if (digits < 1 || digits > 18) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static UnitOfMeasure parseUnit(String code) {
        try {
            return UnitOfMeasure.valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("UNIT_MEASURE must be one of " + List.of(UnitOfMeasure.values())
                    + ", was '" + code + "'");
        }
    }

    private static Boolean parseBoolean(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "y" -> Boolean.TRUE;
            case "false", "no", "0", "n" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("SYNTHETIC must be true or false, was '" + text + "'");
        };
    }

    private static StatisticsRow.Action parseAction(String code) {
        return switch (code.strip().toUpperCase(Locale.ROOT)) {
            case "I", "A", "M", "R" -> StatisticsRow.Action.STORE;
            case "D" -> StatisticsRow.Action.DELETE;
            default -> throw new IllegalArgumentException("ACTION must be one of I, A, M, R, D, was '" + code + "'");
        };
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /**
     * A parser that remembers what it parsed successfully (at most {@link #MAX_REMEMBERED} texts); a text
     * it cannot parse is parsed again each time, so that the exception and its message are fresh.
     */
    private static final class Memo<T> implements Function<String, T> {
        private static final Object TOTAL = new Object();
        private final Function<String, T> parser;
        private final Map<String, Object> parsed = new ConcurrentHashMap<>();

        Memo(Function<String, T> parser) {
            this.parser = parser;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T apply(String text) {
            Object known = parsed.get(text);
            if (known != null) {
                return known == TOTAL ? null : (T) known;
            }
            T value = parser.apply(text);
            if (parsed.size() < MAX_REMEMBERED) {
                // the dimension parsers return null for the total _T
                parsed.put(text, value == null ? TOTAL : value);
            }
            return value;
        }
    }

    /** Collects the problems of one row. */
    private static final class Problems {
        private final CsvRow row;
        private final List<RowReject> rejects = new ArrayList<>();

        Problems(CsvRow row) {
            this.row = row;
        }

        void add(String column, String value, String rule, String message) {
            rejects.add(new RowReject(row.fileName(), row.line(), column, value, rule, message));
        }

        boolean none() {
            return rejects.isEmpty();
        }

        Rejected rejected() {
            return new Rejected(row.line(), List.copyOf(rejects));
        }

        String required(String column) {
            String value = row.get(column);
            if (value == null || value.isBlank()) {
                add(column, value, "REQUIRED", column + " must not be empty");
                return null;
            }
            return value;
        }

        <T> T parse(String column, String rule, Function<String, T> parser) {
            String value = required(column);
            if (value == null) {
                return null;
            }
            return parseValue(column, rule, parser, value);
        }

        <T> T optional(String column, String rule, Function<String, T> parser, T fallback) {
            String value = row.get(column);
            if (value == null || value.isBlank()) {
                return fallback;
            }
            return parseValue(column, rule, parser, value);
        }

        private <T> T parseValue(String column, String rule, Function<String, T> parser, String value) {
            try {
                return parser.apply(value);
            } catch (IllegalArgumentException e) {
                add(column, value, rule, column + ": " + e.getMessage());
                return null;
            }
        }

        String text(String column, int maxLength, boolean required) {
            String value = required ? required(column) : row.get(column);
            if (value == null || value.isBlank()) {
                return null;
            }
            String stripped = value.strip();
            if (stripped.length() > maxLength) {
                add(column, value, "FIELD_TOO_LONG", column + " may hold at most " + maxLength
                        + " characters, was " + stripped.length());
                return null;
            }
            return stripped;
        }
    }
}
