package org.salwmonitor.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
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
        assertThat(MANIFEST.rows()).extracting(r -> r.get("RULE")).contains("ENCODING_NOT_UTF8", "BOM_STRIPPED",
                "DELIMITER_NOT_COMMA", "CRLF_ACCEPTED", "HEADER_MISSING", "REF_AREA_UNKNOWN", "TIME_PERIOD_RANGE",
                "OBS_VALUE_NEGATIVE", "OBS_VALUE_NOT_NUMBER", "DUPLICATE_KEY", "CODE_UNKNOWN", "FIELD_TOO_LONG",
                "FIELD_COUNT", "FILE_EMPTY", "NO_DATA_ROWS", "FILE_BINARY", "TEXT_FORMULA", "LINE_TOO_LONG");
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
