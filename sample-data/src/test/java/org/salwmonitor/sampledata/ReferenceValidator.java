package org.salwmonitor.sampledata;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.salwmonitor.core.geo.Country;

/**
 * The import-template rules of docs/formats.md, in their documented order, written out plainly so that
 * the bad-input manifest can be checked against the files. Importers in other modules implement the same
 * rules; this is the test's reading of the specification, not production code.
 */
final class ReferenceValidator {

    /** What an importer must conclude about a file. */
    record Outcome(String outcome, String line, String field, String rule, int rowsAccepted) {
    }

    static final int MAX_LINE_BYTES = 1_048_576;
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
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            return refused(Integer.toString(line), "ENCODING_NOT_UTF8");
        }
        String text = out.flip().toString();
        boolean bom = text.startsWith("\uFEFF");
        if (bom) {
            text = text.substring(1);
        }
        String[] physical = text.split("\n", -1);
        for (int i = 0; i < physical.length; i++) {
            if (physical[i].getBytes(StandardCharsets.UTF_8).length > MAX_LINE_BYTES) {
                return refused(Integer.toString(i + 1), "LINE_TOO_LONG");
            }
        }
        String first = physical[0].endsWith("\r") ? physical[0].substring(0, physical[0].length() - 1) : physical[0];
        if (!first.contains(",") && (first.contains(";") || first.contains("\t"))) {
            return refused("1", "DELIMITER_NOT_COMMA");
        }
        List<CsvTable.Record> records = CsvTable.records(text);
        if (!records.get(0).fields().equals(Codes.TEMPLATE_COLUMNS)) {
            return refused("1", "HEADER_MISSING");
        }
        if (records.size() == 1) {
            return refused("1", "NO_DATA_ROWS");
        }
        Outcome firstRejection = null;
        int accepted = 0;
        Set<String> keys = new HashSet<>();
        for (CsvTable.Record r : records.subList(1, records.size())) {
            String[] failure = check(r.fields(), keys);
            if (failure == null) {
                accepted++;
            } else if (firstRejection == null) {
                firstRejection = new Outcome("ROW_REJECTED", Integer.toString(r.line()), failure[0], failure[1], 0);
            }
        }
        if (firstRejection != null) {
            return new Outcome("ROW_REJECTED", firstRejection.line(), firstRejection.field(), firstRejection.rule(),
                    accepted);
        }
        if (bom) {
            return new Outcome("ACCEPTED", "1", "", "BOM_STRIPPED", accepted);
        }
        if (text.contains("\r\n")) {
            return new Outcome("ACCEPTED", "", "", "CRLF_ACCEPTED", accepted);
        }
        return new Outcome("ACCEPTED", "", "", "", accepted);
    }

    private static Outcome refused(String line, String rule) {
        return new Outcome("FILE_REFUSED", line, "", rule, 0);
    }

    /** Returns {field, rule} of the first rule the row breaks, or null; records the key of a good row. */
    private static String[] check(List<String> fields, Set<String> keys) {
        if (fields.size() != Codes.TEMPLATE_COLUMNS.size()) {
            return new String[] {"", "FIELD_COUNT"};
        }
        Map<String, String> row = new java.util.HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            row.put(Codes.TEMPLATE_COLUMNS.get(i), fields.get(i));
        }
        for (String column : Codes.TEMPLATE_COLUMNS) {
            if (row.get(column).length() > MAX_LENGTH.getOrDefault(column, 40)) {
                return new String[] {column, "FIELD_TOO_LONG"};
            }
        }
        for (String column : TEXT) {
            String v = row.get(column);
            if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
                return new String[] {column, "TEXT_FORMULA"};
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
        Map<String, List<String>> lists = new java.util.LinkedHashMap<>();
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
        String itemClass = row.get("ITEM_CLASS");
        if (!"_T".equals(row.get("WEAPON_TYPE")) && !"FIREARM".equals(itemClass)) {
            return new String[] {"WEAPON_TYPE", "DIMENSION_NOT_APPLICABLE"};
        }
        String expectedUnit = switch (row.get("INDICATOR")) {
            case "ITEMS" -> "AMMUNITION".equals(itemClass) ? "ROUNDS"
                    : "PARTS_AND_COMPONENTS".equals(itemClass) ? "PIECES" : "WEAPONS";
            case "ORIGIN_ESTABLISHED" -> "WEAPONS";
            case "TRACE_REQUESTS_SENT", "TRACE_REQUESTS_ANSWERED" -> "REQUESTS";
            case "TRAFFICKING_CASES" -> "CASES";
            default -> "PERSONS";
        };
        if (!expectedUnit.equals(row.get("UNIT_MEASURE"))) {
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
        List<String> all = new java.util.ArrayList<>(codes);
        all.add("_T");
        return all;
    }
}
