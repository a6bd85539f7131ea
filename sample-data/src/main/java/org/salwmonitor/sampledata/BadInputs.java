package org.salwmonitor.sampledata;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the catalogue of bad inputs: statistics files in the import template that each break one thing,
 * and {@code manifest.csv} stating the expected outcome of each (rules of {@code docs/formats.md}).
 *
 * <p>Every file is the same six valid rows (lines 2–7) with one defect; a bad row is an extra row, so the
 * six good rows stay consistent and are still expected to import. {@code huge-single-line.csv} is the
 * exception: its over-long line is followed by one good row, which must still import. For an accepted
 * file the manifest's {@code RULE} column holds the notice the importer reports (or nothing).
 */
final class BadInputs {

    static final List<String> MANIFEST_COLUMNS = List.of("FILE", "BREAKS", "OUTCOME", "LINE", "FIELD", "RULE",
            "ROWS_ACCEPTED", "DETAIL");
    static final int GOOD_ROWS = 6;
    static final String HEADER = String.join(",", Codes.TEMPLATE_COLUMNS);
    private static final String TAIL = "SYNTHETIC,bad-input catalogue,true,";

    /** Six valid rows: the types sum to the total, origin is below the firearms, one Russian comment. */
    static final List<String> GOOD = List.of(
            "KZ,2020,ITEMS,SEIZED,FIREARM,_T,_T,WEAPONS,2301,A,F," + TAIL,
            "KZ,2020,ITEMS,SEIZED,FIREARM,SHOTGUN,_T,WEAPONS,1402,A,F," + TAIL,
            "KZ,2020,ITEMS,SEIZED,FIREARM,PISTOL_OR_REVOLVER,_T,WEAPONS,899,A,F," + TAIL,
            "KZ,2020,ITEMS,SEIZED,AMMUNITION,_T,_T,ROUNDS,126000,A,F," + TAIL,
            "KZ,2020,ORIGIN_ESTABLISHED,_T,_T,_T,_T,WEAPONS,610,A,F," + TAIL,
            "KZ,2020,TRACE_REQUESTS_SENT,_T,_T,_T,_T,REQUESTS,58,A,F," + TAIL + "синтетические данные");

    private final Path dir;
    private final List<String[]> manifest = new ArrayList<>();

    private BadInputs(Path dir) {
        this.dir = dir;
    }

    /** Writes every bad file and the manifest into {@code dir}. */
    static void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        new BadInputs(dir).writeAll();
    }

    private void writeAll() throws IOException {
        text("valid-baseline.csv", "nothing: the control file", lines(HEADER, null, -1), "ACCEPTED", "", "", "",
                GOOD_ROWS, "all six rows import");
        bytes("encoding-windows-1251.csv", "Windows-1251 bytes without any declaration",
                lines(HEADER, null, -1).getBytes(Charset.forName("windows-1251")), "ACCEPTED", "", "",
                "ENCODING_WINDOWS_1251", GOOD_ROWS, "the bytes are not valid UTF-8 (the Cyrillic comment on line 7),"
                        + " so the file is decoded as Windows-1251; the Cyrillic is kept intact; all rows import");
        byte[] body = lines(HEADER, null, -1).getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[body.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bom, 3, body.length);
        bytes("utf8-bom.csv", "UTF-8 byte order mark before the header (as Excel writes it)", bom, "ACCEPTED", "1", "",
                "BOM_STRIPPED", GOOD_ROWS, "the BOM is removed and reported as a notice; all rows import");
        text("semicolon-delimiter.csv", "semicolon instead of comma", lines(HEADER, null, -1).replace(',', ';'),
                "ACCEPTED", "", "", "DELIMITER_SEMICOLON", GOOD_ROWS,
                "the header holds ';' and no ',', so ';' is the delimiter; all rows import");
        text("crlf-line-ends.csv", "CRLF line ends", lines(HEADER, null, -1).replace("\n", "\r\n"), "ACCEPTED", "", "",
                "CRLF_ACCEPTED", GOOD_ROWS, "CRLF and LF are both accepted; all rows import");
        text("missing-header.csv", "no header line", lines(null, null, -1), "FILE_REFUSED", "1", "", "HEADER_MISSING", 0,
                "line 1 is a data row, not the template header");
        rowFile("unknown-country.csv", "unknown country code (SU, the former USSR)",
                "SU,2020,TRAFFICKING_CASES,_T,_T,_T,_T,CASES,14,A,F," + TAIL, "REF_AREA", "REF_AREA_UNKNOWN",
                "SU is not an ISO 3166-1 alpha-2, alpha-3 or M49 code of a current country");
        rowFile("year-out-of-range.csv", "year out of range (2202, a typo for 2022)",
                "KZ,2202,TRAFFICKING_CASES,_T,_T,_T,_T,CASES,14,A,F," + TAIL, "TIME_PERIOD", "TIME_PERIOD_RANGE",
                "year must be between 1900 and 2100");
        rowFile("negative-count.csv", "negative count",
                "KZ,2020,TRAFFICKING_CASES,_T,_T,_T,_T,CASES,-12,A,F," + TAIL, "OBS_VALUE", "OBS_VALUE_NEGATIVE",
                "counts are never negative");
        rowFile("non-numeric-value.csv", "non-numeric value (н/д, Russian for n/a)",
                "KZ,2020,TRAFFICKING_CASES,_T,_T,_T,_T,CASES,н/д,A,F," + TAIL, "OBS_VALUE", "OBS_VALUE_NOT_NUMBER",
                "a missing value is an empty OBS_VALUE with a missing OBS_STATUS");
        rowFile("duplicate-key.csv", "the key of line 2 again with another value",
                "KZ,2020,ITEMS,SEIZED,FIREARM,_T,_T,WEAPONS,2310,A,F," + TAIL, "", "DUPLICATE_KEY",
                "the later row is rejected; line 2 stays");
        rowFile("unknown-weapon-type.csv", "WEAPON_TYPE not in the code list",
                "KZ,2020,ITEMS,FOUND,FIREARM,HUNTING_RIFLE,_T,WEAPONS,7,A,F," + TAIL, "WEAPON_TYPE", "CODE_UNKNOWN",
                "HUNTING_RIFLE is a national category, not a WEAPON_TYPE code");
        rowFile("ammunition-counted-as-weapons.csv", "ammunition with unit WEAPONS",
                "KZ,2020,ITEMS,FOUND,AMMUNITION,_T,_T,WEAPONS,3400,A,F," + TAIL, "UNIT_MEASURE", "UNIT_MISMATCH",
                "ammunition is counted in ROUNDS");
        rowFile("missing-value-without-status.csv", "empty value with status A (a missing value needs L, M, O or Q)",
                "KZ,2020,TRAFFICKING_CASES,_T,_T,_T,_T,CASES,,A,F," + TAIL, "OBS_STATUS", "MISSING_NEEDS_STATUS",
                "an empty OBS_VALUE is missing and must say why");
        rowFile("over-long-field.csv", "COMMENT of 5,000 characters",
                "KZ,2020,TRAFFICKING_CASES,_T,_T,_T,_T,CASES,14,A,F," + TAIL + "x".repeat(5000), "COMMENT",
                "FIELD_TOO_LONG", "COMMENT may hold at most 1000 characters");
        text("formula-in-text.csv", "spreadsheet formula in COMMENT",
                lines(HEADER, "KZ,2020,TRAFFICKING_CASES,_T,_T,_T,_T,CASES,14,A,F," + TAIL
                        + "\"=HYPERLINK(\"\"http://example.invalid/report\"\",\"\"details\"\")\"", 3),
                "ACCEPTED", "5", "COMMENT", "TEXT_FORMULA", GOOD_ROWS + 1,
                "the formula is stored as text; any CSV the project writes escapes it with a leading apostrophe;"
                        + " all rows import");
        text("truncated-last-line.csv", "last line cut off in the middle, no final line end",
                lines(HEADER, null, -1) + "KZ,2020,TRAFFICKING_CASES,_T,_", "ROW_REJECTED", "8", "", "FIELD_COUNT",
                GOOD_ROWS, "line 8 has 5 fields, 15 expected");
        text("empty.csv", "zero bytes", "", "FILE_REFUSED", "", "", "FILE_EMPTY", 0, "the file has no bytes");
        text("header-only.csv", "the header and nothing else", HEADER + "\n", "FILE_REFUSED", "1", "", "NO_DATA_ROWS",
                0, "a submission without rows is refused rather than imported as nothing");
        Rng rng = new Rng(0x5A17L);
        byte[] garbage = new byte[4096];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) rng.nextInt(256);
        }
        garbage[17] = 0;
        bytes("binary-garbage.csv", "4,096 random bytes (a mis-named binary file)", garbage, "FILE_REFUSED", "", "",
                "FILE_BINARY", 0, "a NUL byte in the first 8 KiB");
        text("huge-single-line.csv", "one line of 1,100,000 characters, then a good row",
                HEADER + "\n" + "KZ,2020,TRAFFICKING_CASES,_T,_T,_T,_T,CASES,14,A,F," + TAIL + "y".repeat(1_100_000) + "\n"
                        + GOOD.get(0) + "\n",
                "ROW_REJECTED", "2", "", "LINE_TOO_LONG", 1,
                "a row longer than 1 MiB (1,048,576 bytes) is rejected; the rows around it still load");

        try (var w = Files.newBufferedWriter(dir.resolve("manifest.csv"), StandardCharsets.UTF_8)) {
            Csv csv = new Csv(w);
            csv.row(MANIFEST_COLUMNS.toArray());
            for (String[] row : manifest) {
                csv.row((Object[]) row);
            }
        }
    }

    /** The good rows with an optional header and an optional extra row inserted at the given index. */
    private static String lines(String header, String extraRow, int at) {
        StringBuilder sb = new StringBuilder();
        if (header != null) {
            sb.append(header).append('\n');
        }
        for (int i = 0; i < GOOD.size(); i++) {
            if (i == at) {
                sb.append(extraRow).append('\n');
            }
            sb.append(GOOD.get(i)).append('\n');
        }
        if (at >= GOOD.size()) {
            sb.append(extraRow).append('\n');
        }
        return sb.toString();
    }

    /** A file whose one bad row is inserted after the first three good rows, at line 5, or appended for a duplicate. */
    private void rowFile(String name, String breaks, String badRow, String field, String rule, String detail)
            throws IOException {
        int at = "DUPLICATE_KEY".equals(rule) ? GOOD.size() : 3;
        text(name, breaks, lines(HEADER, badRow, at), "ROW_REJECTED", Integer.toString(at + 2), field, rule,
                GOOD_ROWS, detail);
    }

    private void text(String name, String breaks, String content, String outcome, String line, String field,
            String rule, int accepted, String detail) throws IOException {
        bytes(name, breaks, content.getBytes(StandardCharsets.UTF_8), outcome, line, field, rule, accepted, detail);
    }

    private void bytes(String name, String breaks, byte[] content, String outcome, String line, String field,
            String rule, int accepted, String detail) throws IOException {
        Files.write(dir.resolve(name), content);
        manifest.add(new String[] {name, breaks, outcome, line, field, rule, Integer.toString(accepted), detail});
    }
}
