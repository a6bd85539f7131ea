package org.salwmonitor.batch.records;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.salwmonitor.batch.shared.CsvRow;
import org.salwmonitor.batch.shared.RowReject;
import org.salwmonitor.core.casefile.AgencyType;
import org.salwmonitor.core.casefile.CaseEvent;
import org.salwmonitor.core.casefile.CaseStage;
import org.salwmonitor.core.casefile.CriminalContext;
import org.salwmonitor.core.casefile.EventType;
import org.salwmonitor.core.casefile.ItemLine;
import org.salwmonitor.core.casefile.LegalJustification;
import org.salwmonitor.core.casefile.LossKind;
import org.salwmonitor.core.casefile.Pseudonym;
import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.statistics.UnitOfMeasure;
import org.salwmonitor.core.weapon.FirearmIdentification;
import org.salwmonitor.core.weapon.ItemClass;
import org.salwmonitor.core.weapon.PartType;
import org.salwmonitor.core.weapon.SerialNumber;
import org.salwmonitor.core.weapon.WeaponType;

/**
 * Checks one row of a case-records file ({@code docs/formats.md} §6) against the core-model code lists and
 * the format's rules, column by column, and returns either the normalised row or every reason to reject it.
 * Rules that need other records ({@code EVENT_UNKNOWN}, {@code ITEM_UNKNOWN}, {@code DUPLICATE_KEY}) are
 * checked where the rows are stored.
 *
 * <p><b>Personal data.</b> Each {@code PERSON_REFS} identifier is replaced here by its pseudonym
 * ({@link Pseudonym#derive}); the identifiers themselves go no further. A value that is not an identifier
 * ({@code PERSON_REF_FORMAT}), and a free-text value that looks like a person's name
 * ({@code PERSONAL_DATA_IN_TEXT}, see {@link PersonalData}), reject the row, and the offending value is never
 * repeated: the reject carries a placeholder that gives only its length. The same holds for any other reject
 * of a {@code PERSON_REFS} value or of a value that looks like a name.
 */
public final class RecordRowValidator {

    /** Longest identifier (EVENT_ID, ITEM_ID, REQUEST_ID, RECORD_ID): the database columns have this limit. */
    static final int MAX_ID = 40;
    static final int MAX_PLACE = 200;
    static final int MAX_MAKE = 100;
    static final int MAX_MODEL = 100;
    static final int MAX_CALIBRE = 50;
    /** The longest serial core-model accepts ({@link SerialNumber}). */
    static final int MAX_SERIAL = 64;
    static final int MAX_NATIONAL_CATEGORY = 100;
    /** The most persons one event may name. */
    static final int MAX_PERSONS = 100;
    /** The historic code ISO 3166-3 gives the USSR, for arms made there before 1992. */
    static final String USSR = "SUHH";

    private static final String PERSON_REFS = "PERSON_REFS";
    private static final Pattern PERSON_REF = Pattern.compile("[A-Z]{2}-[A-Z]{3}-P[0-9]{6}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/._-]*");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,18}");
    private static final Pattern LINE_NUMBER = Pattern.compile("[0-9]{1,9}");

    /**
     * The stages of the format with the core-model {@link CaseStage} each one is (the format names outcomes,
     * core-model the stage reached). {@link #NO_CASE} has none: no criminal case was opened (a find, a
     * surrender).
     */
    static final Map<String, CaseStage> CASE_STAGES = Map.of("INVESTIGATION", CaseStage.INVESTIGATION,
            "PROSECUTION", CaseStage.PROSECUTION, "TRIAL", CaseStage.TRIAL, "CONVICTED", CaseStage.CONVICTION,
            "ACQUITTED", CaseStage.ACQUITTAL, "DISCONTINUED", CaseStage.CLOSED);
    /** The stage of an event for which no criminal case was opened. */
    static final String NO_CASE = "NO_CASE";
    static final Set<String> CHANNELS = Set.of("INTERPOL_IARMS", "BILATERAL", "NATIONAL_REGISTRY");
    static final Set<String> OUTCOMES = Set.of("ORIGIN_ESTABLISHED", "NOT_ESTABLISHED", "NO_RESPONSE", "PENDING");
    static final Set<String> ILLICIT_ORIGINS = Set.of("THEFT_FROM_STATE_STOCK", "THEFT_FROM_CIVILIAN_HOLDER",
            "LEAKAGE_FROM_CONFLICT_ZONE", "DIVERTED_EXPORT", "ILLICIT_MANUFACTURE", "UNLICENSED_TRANSFER");
    static final Set<String> HOLDERS = Set.of("STATE_STOCK", "GUN_SHOP", "PRIVATE_OWNER");
    private static final Set<String> ANSWERED = Set.of("ORIGIN_ESTABLISHED", "NOT_ESTABLISHED");

    private static final Codes EVENTS = Codes.of(EventType.values());
    private static final Codes AGENCIES = Codes.of(AgencyType.values());
    private static final Codes LEGAL_BASES = Codes.of(LegalJustification.values());
    private static final Codes CONTEXTS = Codes.of(CriminalContext.values());
    private static final Codes STAGES = new Codes(union(CASE_STAGES.keySet(), Set.of(NO_CASE)));
    private static final Codes ITEM_CLASSES = Codes.of(ItemClass.values());
    private static final Codes WEAPON_TYPES = Codes.of(WeaponType.values());
    private static final Codes PART_KINDS = Codes.of(PartType.values());
    private static final Codes UNITS = Codes.of(UnitOfMeasure.values());
    private static final Codes CHANNEL_CODES = new Codes(CHANNELS);
    private static final Codes OUTCOME_CODES = new Codes(OUTCOMES);
    private static final Codes ORIGIN_CODES = new Codes(ILLICIT_ORIGINS);
    private static final Codes LOSS_KINDS = Codes.of(LossKind.values());
    private static final Codes HOLDER_CODES = new Codes(HOLDERS);

    /* A file repeats a few hundred countries and dates many times: each parsed text is remembered (bounded). */
    private static final int MAX_REMEMBERED = 20_000;
    private final Map<String, String> countries = new ConcurrentHashMap<>();
    private final Map<String, LocalDate> dates = new ConcurrentHashMap<>();

    private final RecordKind kind;
    private final byte[] pseudonymKey;

    /** The outcome for one row: a row to store, or its rejects. */
    public sealed interface Outcome permits Accepted, Rejected {
    }

    /** A valid row, with notices about it (such as a spreadsheet formula kept as text). */
    public record Accepted(RecordRow row, List<RowReject> notices) implements Outcome {
    }

    /** A rejected row with every reason found. */
    public record Rejected(int line, List<RowReject> rejects) implements Outcome {
    }

    /**
     * A validator for one file.
     *
     * @param kind          the kind of file
     * @param pseudonymKey  the key persons are pseudonymised with; needed for events only, else may be null
     */
    public RecordRowValidator(RecordKind kind, byte[] pseudonymKey) {
        if (kind == RecordKind.EVENTS && (pseudonymKey == null || pseudonymKey.length < Pseudonym.MIN_KEY_BYTES)) {
            throw new IllegalArgumentException("pseudonymKey must be at least " + Pseudonym.MIN_KEY_BYTES
                    + " bytes for events");
        }
        this.kind = kind;
        this.pseudonymKey = pseudonymKey == null ? null : pseudonymKey.clone();
    }

    /**
     * Validates one row.
     *
     * @param row             the row as read
     * @param expectedFields  the number of columns in the file's header
     * @return the row to store, or why it is rejected
     */
    public Outcome validate(CsvRow row, int expectedFields) {
        Problems problems = new Problems(row);
        Optional<CsvRow.ShapeProblem> shape = row.shapeProblem(expectedFields);
        if (shape.isPresent()) {
            problems.add(null, shape.get().value(), shape.get().rule(), shape.get().message());
            return problems.rejected();
        }
        RecordRow valid = switch (kind) {
            case EVENTS -> event(problems);
            case ITEMS -> item(problems);
            case TRACING_REQUESTS -> tracingRequest(problems);
            case LOST_STOLEN -> lostStolen(problems);
        };
        if (valid == null || !problems.none()) {
            return problems.rejected();
        }
        return new Accepted(valid, problems.notices);
    }

    private RecordRow.Event event(Problems p) {
        String id = p.id("EVENT_ID");
        String area = country(p, "REF_AREA", true, false);
        LocalDate date = date(p, "EVENT_DATE", true);
        String event = p.code("EVENT", EVENTS, true);
        String agency = p.code("AGENCY", AGENCIES, true);
        String place = p.text("PLACE", MAX_PLACE, true);
        String legalBasis = p.code("LEGAL_BASIS", LEGAL_BASES, false);
        List<String> contexts = p.codes("CONTEXTS", CONTEXTS);
        List<String> route = route(p);
        List<String> pseudonyms = persons(p);
        String stage = p.code("CASE_STAGE", STAGES, true);
        Boolean synthetic = p.bool("SYNTHETIC");
        if (!p.none()) {
            return null;
        }
        if (legalBasis != null && !EventType.SEIZED.name().equals(event)) {
            p.add("LEGAL_BASIS", p.row.get("LEGAL_BASIS"), "FIELD_NOT_APPLICABLE",
                    "LEGAL_BASIS applies to seizures only; EVENT is " + event + ", so LEGAL_BASIS must be empty");
        }
        if (!route.isEmpty() && !route.contains(area)) {
            p.add("ROUTE", p.row.get("ROUTE"), "ROUTE_WITHOUT_AREA", "ROUTE lists the countries of the journey"
                    + " including the one where the event happened, but REF_AREA " + area + " is not on it");
        }
        return new RecordRow.Event(p.row.line(), id, area, date, event, agency, place, legalBasis, contexts, route,
                pseudonyms, stage, synthetic);
    }

    private RecordRow.Item item(Problems p) {
        String id = p.id("ITEM_ID");
        String eventId = p.id("EVENT_ID");
        Long position = p.number("LINE", 1, ItemLine.MAX_LINE_NUMBER, "NUMBER_FORMAT");
        String itemClass = p.code("ITEM_CLASS", ITEM_CLASSES, true);
        String weaponType = p.code("WEAPON_TYPE", WEAPON_TYPES, false);
        String partKind = p.code("PART_KIND", PART_KINDS, false);
        String make = p.text("MAKE", MAX_MAKE, false);
        String model = p.text("MODEL", MAX_MODEL, false);
        String calibre = p.text("CALIBRE", MAX_CALIBRE, false);
        String serial = p.text("SERIAL", MAX_SERIAL, false);
        Boolean obliterated = p.bool("SERIAL_OBLITERATED");
        String made = country(p, "MANUFACTURE_COUNTRY", false, true);
        Integer year = year(p, "MANUFACTURE_YEAR");
        String category = p.text("NATIONAL_CATEGORY", MAX_NATIONAL_CATEGORY, false);
        Long quantity = quantity(p);
        String unit = p.code("UNIT_MEASURE", UNITS, true);
        Boolean synthetic = p.bool("SYNTHETIC");
        if (!p.none()) {
            return null;
        }
        ItemClass cls = ItemClass.valueOf(itemClass);
        switch (cls) {
            case FIREARM -> {
                p.requireFor("WEAPON_TYPE", weaponType, "a firearm needs its WEAPON_TYPE (UNKNOWN if not known)");
                p.notApplicable("PART_KIND", partKind, "PART_KIND applies to parts and components only");
            }
            case PARTS_AND_COMPONENTS -> p.requireFor("PART_KIND", partKind, "a part needs its PART_KIND");
            case AMMUNITION -> {
                p.notApplicable("WEAPON_TYPE", weaponType, "ammunition has no WEAPON_TYPE (its calibre says what it"
                        + " fits)");
                p.notApplicable("PART_KIND", partKind, "PART_KIND applies to parts and components only");
            }
        }
        UnitOfMeasure expectedUnit = UnitOfMeasure.of(cls);
        if (p.none() && !expectedUnit.name().equals(unit)) {
            p.add("UNIT_MEASURE", p.row.get("UNIT_MEASURE"), "UNIT_MISMATCH", "UNIT_MEASURE of " + itemClass
                    + " must be " + expectedUnit.name() + ", was " + unit);
        }
        if (p.none() && cls == ItemClass.FIREARM && quantity != 1) {
            p.add("QUANTITY", p.row.get("QUANTITY"), "QUANTITY_NOT_ONE", "a firearm is one line per firearm with"
                    + " QUANTITY 1, so that each keeps its own serial; was " + quantity);
        }
        if (p.none() && cls == ItemClass.FIREARM && year != null && year < FirearmIdentification.FIRST_NON_ANTIQUE_YEAR) {
            p.add("MANUFACTURE_YEAR", p.row.get("MANUFACTURE_YEAR"), "ANTIQUE", "a firearm made before "
                    + FirearmIdentification.FIRST_NON_ANTIQUE_YEAR + " is an antique, not a firearm under the Firearms"
                    + " Protocol (art. 3(a)); was " + year);
        }
        if (!p.none()) {
            return null;
        }
        return new RecordRow.Item(p.row.line(), id, eventId, position.intValue(), itemClass, weaponType, partKind,
                make, model, calibre, serial, serialKey(serial, obliterated), obliterated, made, year, category,
                quantity, unit, synthetic);
    }

    private RecordRow.TracingRequest tracingRequest(Problems p) {
        String id = p.id("REQUEST_ID");
        String itemId = p.id("ITEM_ID");
        String requesting = country(p, "REQUESTING_STATE", true, false);
        String requested = country(p, "REQUESTED_STATE", true, false);
        String channel = p.code("CHANNEL", CHANNEL_CODES, true);
        LocalDate sent = date(p, "DATE_SENT", true);
        LocalDate answered = date(p, "DATE_ANSWERED", false);
        String outcome = p.code("OUTCOME", OUTCOME_CODES, true);
        String origin = p.code("ILLICIT_ORIGIN", ORIGIN_CODES, false);
        Boolean synthetic = p.bool("SYNTHETIC");
        if (!p.none()) {
            return null;
        }
        if (ANSWERED.contains(outcome)) {
            p.requireFor("DATE_ANSWERED", answered == null ? null : "", "OUTCOME " + outcome + " is an answer and"
                    + " needs its DATE_ANSWERED");
        } else {
            p.notApplicable("DATE_ANSWERED", answered == null ? null : "", "OUTCOME " + outcome + " is no answer,"
                    + " so DATE_ANSWERED must be empty");
        }
        if ("ORIGIN_ESTABLISHED".equals(outcome)) {
            p.requireFor("ILLICIT_ORIGIN", origin, "OUTCOME ORIGIN_ESTABLISHED needs the ILLICIT_ORIGIN found");
        } else {
            p.notApplicable("ILLICIT_ORIGIN", origin, "ILLICIT_ORIGIN goes with OUTCOME ORIGIN_ESTABLISHED only,"
                    + " was OUTCOME " + outcome);
        }
        if (p.none() && answered != null && answered.isBefore(sent)) {
            p.add("DATE_ANSWERED", p.row.get("DATE_ANSWERED"), "DATE_ORDER", "DATE_ANSWERED " + answered
                    + " is before DATE_SENT " + sent);
        }
        if (!p.none()) {
            return null;
        }
        return new RecordRow.TracingRequest(p.row.line(), id, itemId, requesting, requested, channel, sent, answered,
                outcome, origin, synthetic);
    }

    private RecordRow.LostStolen lostStolen(Problems p) {
        String id = p.id("RECORD_ID");
        String area = country(p, "REF_AREA", true, false);
        LocalDate reported = date(p, "DATE_REPORTED", true);
        String lossKind = p.code("KIND", LOSS_KINDS, true);
        String holder = p.code("HOLDER", HOLDER_CODES, true);
        String weaponType = p.code("WEAPON_TYPE", WEAPON_TYPES, false);
        String make = p.text("MAKE", MAX_MAKE, false);
        String model = p.text("MODEL", MAX_MODEL, false);
        String calibre = p.text("CALIBRE", MAX_CALIBRE, false);
        String serial = p.text("SERIAL", MAX_SERIAL, false);
        String made = country(p, "MANUFACTURE_COUNTRY", false, true);
        Boolean synthetic = p.bool("SYNTHETIC");
        if (!p.none()) {
            return null;
        }
        return new RecordRow.LostStolen(p.row.line(), id, area, reported, lossKind, holder, weaponType, make, model,
                calibre, serial, serialKey(serial, false), made, synthetic);
    }

    /**
     * The matching key of a serial (core-model {@link SerialNumber#key()}), or null when there is none to
     * match on: no serial, a placeholder such as {@code б/н}, or an obliterated serial holding {@code *} or
     * {@code ?} for characters that could not be read (dropping them would make another firearm's key).
     */
    static String serialKey(String serial, boolean obliterated) {
        if (serial == null || serial.isBlank()) {
            return null;
        }
        if (obliterated && (serial.indexOf('*') >= 0 || serial.indexOf('?') >= 0)) {
            return null;
        }
        try {
            return SerialNumber.of(serial).key();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Each identifier of PERSON_REFS, checked and replaced by its pseudonym; sorted and distinct. */
    private List<String> persons(Problems p) {
        String raw = p.row.get(PERSON_REFS);
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        String[] refs = raw.split("\\|", -1);
        if (refs.length > MAX_PERSONS) {
            p.addRedacted(PERSON_REFS, raw, "FIELD_TOO_LONG", "PERSON_REFS may name at most " + MAX_PERSONS
                    + " persons, named " + refs.length);
            return List.of();
        }
        Set<String> pseudonyms = new TreeSet<>();
        for (int i = 0; i < refs.length; i++) {
            String ref = refs[i].strip();
            if (!PERSON_REF.matcher(ref).matches()) {
                p.addRedacted(PERSON_REFS, raw, "PERSON_REF_FORMAT", "PERSON_REFS value " + (i + 1) + " of "
                        + refs.length + " is not a person identifier of the source system (two letters, three"
                        + " letters, P and six digits, e.g. KZ-POL-P004512); names, document numbers and other text"
                        + " are never accepted, and the value is not repeated here: it may be a name");
                return List.of();
            }
            pseudonyms.add(Pseudonym.derive(pseudonymKey, ref).token());
        }
        return List.copyOf(pseudonyms);
    }

    private List<String> route(Problems p) {
        String raw = p.row.get("ROUTE");
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        List<String> route = new ArrayList<>();
        for (String code : raw.split("\\|", -1)) {
            String alpha2 = countryCode(code);
            if (alpha2 == null) {
                p.add("ROUTE", raw, "REF_AREA_UNKNOWN", "ROUTE must list known country codes separated by '|',"
                        + " origin first (e.g. AF|TJ|KG); '" + code + "' is not one");
                return List.of();
            }
            route.add(alpha2);
        }
        return route;
    }

    private String country(Problems p, String column, boolean required, boolean ussr) {
        String raw = required ? p.required(column) : p.row.get(column);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (ussr && USSR.equals(raw.strip().toUpperCase(Locale.ROOT))) {
            return USSR;
        }
        String alpha2 = countryCode(raw);
        if (alpha2 == null) {
            p.add(column, raw, "REF_AREA_UNKNOWN", column + " must be an ISO 3166-1 code of a known country"
                    + (ussr ? " (or SUHH for the USSR)" : "") + ", was '" + raw + "'");
        }
        return alpha2;
    }

    /** The alpha-2 code of a country code (alpha-2, alpha-3 or numeric), or null if it is none. */
    private String countryCode(String code) {
        String known = countries.get(code);
        if (known != null) {
            return known;
        }
        try {
            String alpha2 = Country.parse(code).alpha2();
            if (countries.size() < MAX_REMEMBERED) {
                countries.put(code, alpha2);
            }
            return alpha2;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private LocalDate date(Problems p, String column, boolean required) {
        String raw = required ? p.required(column) : p.row.get(column);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        LocalDate known = dates.get(raw);
        if (known != null) {
            return known;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            p.add(column, raw, "DATE_FORMAT", column + " must be an ISO 8601 date such as 2021-09-03, was '" + raw + "'");
            return null;
        }
        if (date.getYear() < CaseEvent.MIN_YEAR || date.getYear() > CaseEvent.MAX_YEAR) {
            p.add(column, raw, "DATE_RANGE", column + " must be between " + CaseEvent.MIN_YEAR + " and "
                    + CaseEvent.MAX_YEAR + ", was " + date);
            return null;
        }
        if (dates.size() < MAX_REMEMBERED) {
            dates.put(raw, date);
        }
        return date;
    }

    private static Integer year(Problems p, String column) {
        String raw = p.row.get(column);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        if (!YEAR.matcher(text).matches()) {
            p.add(column, raw, "DATE_FORMAT", column + " must be a year YYYY such as 1987 (or empty), was '" + raw + "'");
            return null;
        }
        int year = Integer.parseInt(text);
        if (year < FirearmIdentification.MIN_YEAR || year > FirearmIdentification.MAX_YEAR) {
            p.add(column, raw, "DATE_RANGE", column + " must be between " + FirearmIdentification.MIN_YEAR + " and "
                    + FirearmIdentification.MAX_YEAR + ", was " + year);
            return null;
        }
        return year;
    }

    private static Long quantity(Problems p) {
        String raw = p.required("QUANTITY");
        if (raw == null) {
            return null;
        }
        String text = raw.strip();
        if (!WHOLE_NUMBER.matcher(text).matches()) {
            p.add("QUANTITY", raw, "NUMBER_FORMAT", "QUANTITY must be a whole number of items, was '" + raw + "'");
            return null;
        }
        long quantity = Long.parseLong(text);
        if (quantity <= 0) {
            p.add("QUANTITY", raw, "QUANTITY_NOT_POSITIVE", "QUANTITY must be at least 1, was " + quantity);
            return null;
        }
        return quantity;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    /** A code list: the codes, found exactly or after stripping and upper-casing. */
    private static final class Codes {
        private final Set<String> codes;
        private final Map<String, String> normalised = new HashMap<>();

        Codes(Set<String> codes) {
            this.codes = Set.copyOf(codes);
            codes.forEach(code -> normalised.put(code, code));
        }

        static Codes of(Enum<?>[] values) {
            Set<String> names = new java.util.LinkedHashSet<>();
            for (Enum<?> value : values) {
                names.add(value.name());
            }
            return new Codes(names);
        }

        String find(String text) {
            String code = normalised.get(text);
            return code != null ? code : normalised.get(text.strip().toUpperCase(Locale.ROOT));
        }

        String list() {
            return String.join(", ", new TreeSet<>(codes));
        }
    }

    /** Collects the problems and notices of one row; never lets personal data into a reject. */
    private static final class Problems {
        private final CsvRow row;
        private final List<RowReject> rejects = new ArrayList<>(2);
        private final List<RowReject> notices = new ArrayList<>(0);

        Problems(CsvRow row) {
            this.row = row;
        }

        /**
         * Adds a reject. A value of PERSON_REFS, or one that looks like a person's name, is replaced by a
         * placeholder, and the message (which may quote it) by one that does not.
         */
        void add(String column, String value, String rule, String message) {
            if (value != null && (PERSON_REFS.equals(column) || PersonalData.looksLikeName(value))) {
                addRedacted(column, value, rule, column + " breaks rule " + rule + "; the value is not repeated here"
                        + " because it may be personal data");
                return;
            }
            rejects.add(new RowReject(row.fileName(), row.line(), column, value, rule, message));
        }

        /** Adds a reject whose message does not quote the value, with the value replaced by a placeholder. */
        void addRedacted(String column, String value, String rule, String message) {
            rejects.add(new RowReject(row.fileName(), row.line(), column, PersonalData.redacted(value), rule, message));
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

        /** A value the row's other values make necessary; {@code present} is null when it is absent. */
        void requireFor(String column, String present, String why) {
            if (present == null) {
                add(column, row.get(column), "REQUIRED", column + " must not be empty: " + why);
            }
        }

        /** A value the row's other values rule out; {@code present} is null when it is absent. */
        void notApplicable(String column, String present, String why) {
            if (present != null) {
                add(column, row.get(column), "FIELD_NOT_APPLICABLE", why);
            }
        }

        String id(String column) {
            String value = required(column);
            if (value == null) {
                return null;
            }
            String id = value.strip();
            if (id.length() > MAX_ID) {
                add(column, value, "FIELD_TOO_LONG", column + " may hold at most " + MAX_ID + " characters, was "
                        + id.length());
                return null;
            }
            if (!ID.matcher(id).matches()) {
                add(column, value, "ID_FORMAT", column + " must be Latin letters, digits and - / . _ (an identifier"
                        + " exchanged as it is), starting with a letter or digit, was '" + value + "'");
                return null;
            }
            return id;
        }

        String code(String column, Codes codes, boolean required) {
            String value = required ? required(column) : row.get(column);
            if (value == null || value.isBlank()) {
                return null;
            }
            String code = codes.find(value);
            if (code == null) {
                add(column, value, "CODE_UNKNOWN", column + " must be one of " + codes.list() + ", was '" + value + "'");
            }
            return code;
        }

        /** Zero or more codes separated by '|', in the order given, each once. */
        List<String> codes(String column, Codes codes) {
            String value = row.get(column);
            if (value == null || value.isBlank()) {
                return List.of();
            }
            List<String> found = new ArrayList<>(2);
            for (String part : value.split("\\|", -1)) {
                String code = codes.find(part);
                if (code == null) {
                    add(column, value, "CODE_UNKNOWN", column + " must list codes of " + codes.list()
                            + " separated by '|'; '" + part + "' is not one");
                    return List.of();
                }
                if (!found.contains(code)) {
                    found.add(code);
                }
            }
            return found;
        }

        Long number(String column, long min, long max, String rule) {
            String value = required(column);
            if (value == null) {
                return null;
            }
            String text = value.strip();
            if (!LINE_NUMBER.matcher(text).matches() || Long.parseLong(text) < min || Long.parseLong(text) > max) {
                add(column, value, rule, column + " must be a whole number from " + min + " to " + max + ", was '"
                        + value + "'");
                return null;
            }
            return Long.parseLong(text);
        }

        Boolean bool(String column) {
            String value = row.get(column);
            if (value == null || value.isBlank()) {
                return Boolean.FALSE;
            }
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1" -> Boolean.TRUE;
                case "false", "no", "0" -> Boolean.FALSE;
                default -> {
                    add(column, value, "CODE_UNKNOWN", column + " must be true or false, was '" + value + "'");
                    yield null;
                }
            };
        }

        /**
         * Free text: empty is absent; checked for length and for a person's name; a spreadsheet formula is
         * kept as text with a notice. {@code strip}: stored stripped, else exactly as written.
         */
        String text(String column, int maxLength, boolean strip) {
            String value = row.get(column);
            if (value == null || value.isBlank()) {
                return null;
            }
            if (PersonalData.looksLikeName(value)) {
                addRedacted(column, value, PersonalData.RULE, column + " looks like it holds a person's name (a"
                        + " patronymic, a title such as гр. or Mr, or initials); persons are given only as identifiers"
                        + " in PERSON_REFS, so the row is rejected and the value is not repeated here");
                return null;
            }
            String text = strip ? value.strip() : value;
            if (text.length() > maxLength) {
                add(column, value, "FIELD_TOO_LONG", column + " may hold at most " + maxLength + " characters, was "
                        + text.length());
                return null;
            }
            if ("=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
                notices.add(new RowReject(row.fileName(), row.line(), column, value, "TEXT_FORMULA",
                        column + " starts like a spreadsheet formula; it is stored as text and escaped in every CSV"
                                + " the project writes"));
            }
            return text;
        }
    }
}
