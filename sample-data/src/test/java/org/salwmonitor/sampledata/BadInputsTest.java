package org.salwmonitor.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The manifest of bad inputs states what each file breaks, and the files really break exactly that. */
class BadInputsTest {

    private static final CsvTable MANIFEST = CsvTable.of(SampleData.BAD_INPUTS_MANIFEST);

    static Stream<Map<String, String>> entries() {
        return MANIFEST.rows().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void eachFileHasExactlyTheOutcomeTheManifestStates(Map<String, String> entry) throws IOException {
        // given
        byte[] bytes;
        try (InputStream in = SampleData.open("bad-inputs/" + entry.get("FILE"))) {
            bytes = in.readAllBytes();
        }

        // when
        ReferenceValidator.Outcome outcome = ReferenceValidator.validate(bytes);

        // then
        assertThat(outcome).isEqualTo(new ReferenceValidator.Outcome(entry.get("OUTCOME"), entry.get("LINE"),
                entry.get("FIELD"), entry.get("RULE"), Integer.parseInt(entry.get("ROWS_ACCEPTED"))));
    }

    @Test
    void theManifestListsEveryFileOfTheFolderAndNothingElse() throws IOException, URISyntaxException {
        Path dir = Path.of(SampleData.url(SampleData.BAD_INPUTS_MANIFEST).toURI()).getParent();
        List<String> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> !n.equals("manifest.csv")).toList();
        }
        assertThat(MANIFEST.rows()).extracting(r -> r.get("FILE")).containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void theCatalogueCoversEveryDefectTheIssueNames() {
        assertThat(MANIFEST.rows()).extracting(r -> r.get("RULE")).contains("ENCODING_WINDOWS_1251", "BOM_STRIPPED",
                "DELIMITER_SEMICOLON", "CRLF_ACCEPTED", "HEADER_MISSING", "REF_AREA_UNKNOWN", "TIME_PERIOD_RANGE",
                "OBS_VALUE_NEGATIVE", "OBS_VALUE_NOT_NUMBER", "DUPLICATE_KEY", "CODE_UNKNOWN", "FIELD_TOO_LONG",
                "FIELD_COUNT", "FILE_EMPTY", "NO_DATA_ROWS", "FILE_BINARY", "TEXT_FORMULA", "LINE_TOO_LONG");
    }

    @Test
    void issue5TextFormsAreAcceptedWithANoticeNotRefused() {
        // UTF-8 with or without BOM, Windows-1251, ';' and CRLF import; a formula is stored as text
        assertThat(MANIFEST.rows()).filteredOn(r -> List.of("encoding-windows-1251.csv", "utf8-bom.csv",
                        "semicolon-delimiter.csv", "crlf-line-ends.csv", "formula-in-text.csv").contains(r.get("FILE")))
                .hasSize(5).allSatisfy(r -> assertThat(r.get("OUTCOME")).isEqualTo("ACCEPTED"));
        assertThat(MANIFEST.rows()).extracting(r -> r.get("RULE"))
                .doesNotContain("ENCODING_NOT_UTF8", "DELIMITER_NOT_COMMA");
    }

    @Test
    void rowRejectionsUseExactlyTheRowRulesOfTheImporter() {
        assertThat(MANIFEST.rows()).filteredOn(r -> r.get("OUTCOME").equals("ROW_REJECTED"))
                .extracting(r -> r.get("RULE"))
                .containsExactlyInAnyOrder("REF_AREA_UNKNOWN", "TIME_PERIOD_RANGE", "OBS_VALUE_NEGATIVE",
                        "OBS_VALUE_NOT_NUMBER", "DUPLICATE_KEY", "CODE_UNKNOWN", "UNIT_MISMATCH",
                        "MISSING_NEEDS_STATUS", "FIELD_TOO_LONG", "FIELD_COUNT", "LINE_TOO_LONG");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rowRejections")
    void theLineOfARejectedRowIsThePhysicalLineOfTheOnlyBadRow(Map<String, String> entry) throws IOException {
        // given: the physical lines, header = line 1
        String[] lines;
        try (InputStream in = SampleData.open("bad-inputs/" + entry.get("FILE"))) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
        }
        int bad = Integer.parseInt(entry.get("LINE"));

        // then: the named line is not a good row, every other data line is, and the good ones are counted
        assertThat(lines[0]).isEqualTo(BadInputs.HEADER);
        assertThat(BadInputs.GOOD).doesNotContain(lines[bad - 1]);
        for (int line = 2; line <= lines.length; line++) {
            if (line != bad) {
                assertThat(BadInputs.GOOD).as("line %d", line).contains(lines[line - 1]);
            }
        }
        assertThat(lines.length - 2).isEqualTo(Integer.parseInt(entry.get("ROWS_ACCEPTED")));
    }

    static Stream<Map<String, String>> rowRejections() {
        return MANIFEST.rows().stream().filter(r -> r.get("OUTCOME").equals("ROW_REJECTED"));
    }

    @Test
    void theWindows1251FileIsTheBaselineWithItsCyrillicIntact() throws IOException {
        // given
        byte[] cp1251;
        byte[] baseline;
        try (InputStream a = SampleData.open("bad-inputs/encoding-windows-1251.csv");
                InputStream b = SampleData.open("bad-inputs/valid-baseline.csv")) {
            cp1251 = a.readAllBytes();
            baseline = b.readAllBytes();
        }

        // when
        String decoded = new String(cp1251, ReferenceValidator.WINDOWS_1251);

        // then: not UTF-8 (so an importer must detect it), and the same text as the baseline
        assertThat(cp1251).isNotEqualTo(baseline);
        assertThat(decoded).isEqualTo(new String(baseline, StandardCharsets.UTF_8)).contains("синтетические данные");
    }

    @Test
    void anAcceptedFileNamesTheRowOfAFormulaOnlyAsANotice() {
        Map<String, String> formula = MANIFEST.rows().stream()
                .filter(r -> r.get("FILE").equals("formula-in-text.csv")).findFirst().orElseThrow();
        assertThat(formula).containsEntry("OUTCOME", "ACCEPTED").containsEntry("LINE", "5")
                .containsEntry("FIELD", "COMMENT").containsEntry("RULE", "TEXT_FORMULA")
                .containsEntry("ROWS_ACCEPTED", Integer.toString(BadInputs.GOOD_ROWS + 1));
    }

    @Test
    void theGoodRowsAloneAreConsistent() {
        // the bad rows are extra rows, so the six good rows must satisfy the sum rules on their own
        CsvTable good = CsvTable.parse(BadInputs.HEADER + "\n" + String.join("\n", BadInputs.GOOD) + "\n");
        long total = Long.parseLong(good.rows().get(0).get("OBS_VALUE"));
        long types = Long.parseLong(good.rows().get(1).get("OBS_VALUE")) + Long.parseLong(good.rows().get(2).get("OBS_VALUE"));
        assertThat(types).isEqualTo(total);
        assertThat(Long.parseLong(good.rows().get(4).get("OBS_VALUE"))).isLessThanOrEqualTo(total);
    }
}
