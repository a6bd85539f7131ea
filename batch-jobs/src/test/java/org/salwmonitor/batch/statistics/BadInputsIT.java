package org.salwmonitor.batch.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.salwmonitor.batch.DatabaseTestSupport;
import org.salwmonitor.batch.SalwIntegrationTest;
import org.salwmonitor.batch.shared.ImportResult;
import org.salwmonitor.batch.shared.RowReject;
import org.salwmonitor.sampledata.SampleData;

/** Every file of the sample-data bad-input catalogue gives exactly the outcome its manifest states. */
@SalwIntegrationTest
class BadInputsIT {

    record Expectation(String file, String outcome, Integer line, String field, String rule, int rowsAccepted) {
        @Override
        public String toString() {
            return file + " → " + outcome + " " + rule;
        }
    }

    @Autowired
    StatisticsImporter importer;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @BeforeEach
    void clean() {
        DatabaseTestSupport.cleanData(jdbc);
    }

    static Stream<Expectation> manifest() throws IOException {
        List<Expectation> expectations = new ArrayList<>();
        try (Reader in = new InputStreamReader(SampleData.open(SampleData.BAD_INPUTS_MANIFEST), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                expectations.add(new Expectation(row.get("FILE"), row.get("OUTCOME"),
                        row.get("LINE").isBlank() ? null : Integer.valueOf(row.get("LINE")),
                        row.get("FIELD").isBlank() ? null : row.get("FIELD"),
                        row.get("RULE").isBlank() ? null : row.get("RULE"),
                        Integer.parseInt(row.get("ROWS_ACCEPTED"))));
            }
        }
        assertThat(expectations).hasSizeGreaterThanOrEqualTo(20);
        return expectations.stream();
    }

    @ParameterizedTest
    @MethodSource("manifest")
    void givesTheOutcomeTheManifestStates(Expectation expected) throws Exception {
        // given
        Path file = DatabaseTestSupport.sampleFile("bad-inputs/" + expected.file(), dir);
        // when
        ImportResult result = importer.importFile(file, StatisticsImporter.Options.defaults());
        // then
        long stored = jdbc.queryForObject("select count(*) from observation", Long.class);
        assertThat(stored).as("rows stored").isEqualTo(expected.rowsAccepted());
        switch (expected.outcome()) {
            case "FILE_REFUSED" -> {
                assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.REFUSED);
                assertThat(result.refusal()).startsWith(expected.rule() + ":");
            }
            case "ROW_REJECTED" -> {
                assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.IMPORTED_WITH_REJECTS);
                assertThat(result.counts().rejected()).isEqualTo(1);
                RowReject reject = result.rejects().get(0);
                assertThat(reject.line()).isEqualTo(expected.line());
                assertThat(reject.column()).isEqualTo(expected.field());
                assertThat(reject.rule()).isEqualTo(expected.rule());
                assertThat(reject.fileName()).isEqualTo(expected.file());
                assertThat(reject.message()).isNotBlank();
                assertThat(result.rejectsFile()).exists();
                assertThat(Files.readString(result.rejectsFile())).contains(expected.rule());
            }
            case "ACCEPTED" -> {
                assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.IMPORTED);
                if (expected.rule() != null) {
                    assertThat(result.notices()).anySatisfy(notice -> assertThat(notice).startsWith(expected.rule()));
                }
            }
            default -> throw new AssertionError("unknown outcome in manifest: " + expected.outcome());
        }
    }
}
