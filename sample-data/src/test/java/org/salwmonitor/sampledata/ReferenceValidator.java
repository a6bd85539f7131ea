package org.salwmonitor.sampledata;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.statistics.Dimension;
import org.salwmonitor.core.statistics.Dimensions;
import org.salwmonitor.core.statistics.Indicator;

/**
 * The import-template rules of docs/formats.md that the bad-input catalogue exercises, written out plainly
 * so that the manifest can be checked against the files. This is the test's reading of the specification,
 * not an importer: the importer in batch-jobs is tested against the same manifest. Code lists and the
 * indicator-dimension-unit rules come from core-model.
 */
final class ReferenceValidator {

    /** What an importer must conclude about a file; for an accepted file, {@code rule} is the notice. */
    record Outcome(String outcome, String line, String field, String rule, int rowsAccepted) {
    }

    static final int MAX_LINE_BYTES = 1_048_576;
    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final Map<String, Integer> MAX_LENGTH = Map.of("SOURCE_AGENCY", 100, "SOURCE_REF", 500,
            "COMMENT", 1000);
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final List<String> TEXT = List.of("SOURCE_AGENCY", "SOURCE_REF", "COMMENT");

    private ReferenceValidator() {
    }

    static Outcome validate(byte[] bytes) {
        if (bytes.length == 0) {
            return refused("", "FILE_EMPTY");
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                return refused("", "FILE_BINARY");
            }
        }
        List<Outcome> notices = new ArrayList<>();
        String text = decode(bytes, StandardCharsets.UTF_8);
        if (text == null) {
            text = decode(bytes, WINDOWS_1251);
            if (text == null) {
                return refused("", "ENCODING_UNKNOWN");
            }
            notices.add(notice("", "", "ENCODING_WINDOWS_1251"));
        } else if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
            notices.add(notice("1", "", "BOM_STRIPPED"));
        }

        // an over-long physical line is blanked, keeping the line count, and its record rejected below
        String[] physical = text.split("\n", -1);
        Set<Integer> longLines = new HashSet<>();
        for (int i = 0; i < physical.length; i++) {
            if (physical[i].getBytes(StandardCharsets.UTF_8).length > MAX_LINE_BYTES) {
                longLines.add(i + 1);
                physical[i] = "";
            }
        }
        String first = physical[0].endsWith("\r") ? physical[0].substring(0, physical[0].length() - 1) : physical[0];
        char delimiter = ',';
        if (!first.contains(",") && first.contains(";")) {
            delimiter = ';';
            notices.add(notice("", "", "DELIMITER_SEMICOLON"));
        } else if (!first.contains(",") && first.contains("\t")) {
            delimiter = '\t';
            notices.add(notice("", "", "DELIMITER_TAB"));
        }
        if (text.contains("\r\n")) {
            notices.add(notice("", "", "CRLF_ACCEPTED"));
        }

        List<CsvTable.Record> records = CsvTable.records(String.join("\n", physical), delimiter);
        if (!records.get(0).fields().equals(Codes.TEMPLATE_COLUMNS)) {
            return refused("1", "HEADER_MISSING");
        }
        if (records.size() == 1) {
            return refused("1", "NO_DATA_ROWS");
        }
        Outcome firstRejection = null;
        Outcome firstFormula = null;
        int accepted = 0;
        Set<String> keys = new HashSet<>();
        for (CsvTable.Record r : records.subList(1, records.size())) {
            String[] failure = longLines.contains(r.line()) ? new String[] {"", "LINE_TOO_LONG"} : check(r.fields(), keys);
            if (failure == null) {
                accepted++;
                String formula = formulaField(r.fields());
                if (formula != null && firstFormula == null) {
                    firstFormula = notice(Integer.toString(r.line()), formula, "TEXT_FORMULA");
                }
            } else if (firstRejection == null) {
                firstRejection = new Outcome("ROW_REJECTED", Integer.toString(r.line()), failure[0], failure[1], 0);
            }
        }
        if (firstRejection != null) {
            return new Outcome("ROW_REJECTED", firstRejection.line(), firstRejection.field(), firstRejection.rule(),
                    accepted);
        }
        if (firstFormula != null) {
            notices.add(firstFormula);
        }
        Outcome n = notices.isEmpty() ? notice("", "", "") : notices.get(0);
        return new Outcome("ACCEPTED", n.line(), n.field(), n.rule(), accepted);
    }

    /** The text, or null if the bytes are not valid in the charset. */
    private static String decode(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Outcome refused(String line, String rule) {
        return new Outcome("FILE_REFUSED", line, "", rule, 0);
    }

    private static Outcome notice(String line, String field, String rule) {
        return new Outcome("ACCEPTED", line, field, rule, 0);
    }

    /** The first free-text column whose value a spreadsheet would run as a formula, or null. */
    private static String formulaField(List<String> fields) {
        for (String column : TEXT) {
            String v = fields.get(Codes.TEMPLATE_COLUMNS.indexOf(column));
            if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
                return column;
            }
        }
        return null;
    }

    /** Returns {field, rule} of the first rule the row breaks, or null; records the key of a good row. */
    private static String[] check(List<String> fields, Set<String> keys) {
        if (fields.size() != Codes.TEMPLATE_COLUMNS.size()) {
            return new String[] {"", "FIELD_COUNT"};
        }
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            row.put(Codes.TEMPLATE_COLUMNS.get(i), fields.get(i));
        }
        for (String column : Codes.TEMPLATE_COLUMNS) {
            if (row.get(column).length() > MAX_LENGTH.getOrDefault(column, 40)) {
                return new String[] {column, "FIELD_TOO_LONG"};
            }
        }
        if (!Country.isKnown(row.get("REF_AREA"))) {
            return new String[] {"REF_AREA", "REF_AREA_UNKNOWN"};
        }
        if (!YEAR.matcher(row.get("TIME_PERIOD")).matches()) {
            return new String[] {"TIME_PERIOD", "TIME_PERIOD_FORMAT"};
        }
        int year = Integer.parseInt(row.get("TIME_PERIOD"));
        if (year < 1900 || year > 2100) {
            return new String[] {"TIME_PERIOD", "TIME_PERIOD_RANGE"};
        }
        Map<String, List<String>> lists = new LinkedHashMap<>();
        lists.put("INDICATOR", Codes.INDICATORS);
        lists.put("EVENT", plusTotal(Codes.EVENTS));
        lists.put("ITEM_CLASS", plusTotal(Codes.ITEM_CLASSES));
        lists.put("WEAPON_TYPE", plusTotal(Codes.WEAPON_TYPES));
        lists.put("CONTEXT", plusTotal(Codes.CONTEXTS));
        lists.put("UNIT_MEASURE", Codes.UNITS);
        lists.put("OBS_STATUS", Codes.OBS_STATUSES);
        lists.put("CONF_STATUS", Codes.CONF_STATUSES);
        lists.put("SYNTHETIC", List.of("true", "false"));
        for (Map.Entry<String, List<String>> e : lists.entrySet()) {
            if (!e.getValue().contains(row.get(e.getKey()))) {
                return new String[] {e.getKey(), "CODE_UNKNOWN"};
            }
        }
        Indicator indicator = Indicator.parse(row.get("INDICATOR"));
        if (!"_T".equals(row.get("WEAPON_TYPE")) && !"FIREARM".equals(row.get("ITEM_CLASS"))) {
            return new String[] {"WEAPON_TYPE", "DIMENSION_NOT_APPLICABLE"};
        }
        Dimensions dimensions = Dimensions.parse(row.get("EVENT"), row.get("ITEM_CLASS"), row.get("WEAPON_TYPE"),
                row.get("CONTEXT"));
        for (Dimension d : Dimension.values()) {
            if (!indicator.appliesTo(d) && !dimensions.isTotal(d)) {
                return new String[] {d.name(), "DIMENSION_NOT_APPLICABLE"};
            }
            if (indicator.mandatoryDimensions().contains(d) && dimensions.isTotal(d)) {
                return new String[] {d.name(), "DIMENSION_REQUIRED"};
            }
        }
        if (!indicator.unit(dimensions).name().equals(row.get("UNIT_MEASURE"))) {
            return new String[] {"UNIT_MEASURE", "UNIT_MISMATCH"};
        }
        String value = row.get("OBS_VALUE");
        boolean missingStatus = Codes.MISSING_STATUSES.contains(row.get("OBS_STATUS"));
        if (!value.isEmpty() && !NUMBER.matcher(value).matches()) {
            return new String[] {"OBS_VALUE", "OBS_VALUE_NOT_NUMBER"};
        }
        if (value.startsWith("-")) {
            return new String[] {"OBS_VALUE", "OBS_VALUE_NEGATIVE"};
        }
        if (value.isEmpty() && !missingStatus) {
            return new String[] {"OBS_STATUS", "MISSING_NEEDS_STATUS"};
        }
        if (!value.isEmpty() && missingStatus) {
            return new String[] {"OBS_STATUS", "VALUE_WITH_MISSING_STATUS"};
        }
        String key = String.join("|", fields.subList(0, 8));
        if (!keys.add(key)) {
            return new String[] {"", "DUPLICATE_KEY"};
        }
        return null;
    }

    private static List<String> plusTotal(List<String> codes) {
        List<String> all = new ArrayList<>(codes);
        all.add("_T");
        return all;
    }
}
