package org.salwmonitor.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine;

import org.salwmonitor.batch.DatabaseTestSupport;
import org.salwmonitor.batch.SalwIntegrationTest;
import org.salwmonitor.batch.cli.ExportCommand;
import org.salwmonitor.batch.shared.ExitCodes;
import org.salwmonitor.batch.statistics.StatisticsImporter;
import org.salwmonitor.sampledata.SampleData;

/** {@code salw export sdmx}: the published aggregates, with disclosure control, as SDMX-CSV 2.0. */
@SalwIntegrationTest
class ExportSdmxIT {

    @Autowired
    StatisticsImporter importer;

    @Autowired
    ReportData data;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @BeforeEach
    void loadSampleStatistics() throws Exception {
        DatabaseTestSupport.cleanData(jdbc);
        importer.importFile(DatabaseTestSupport.sampleFile(SampleData.STATISTICS, dir),
                StatisticsImporter.Options.defaults());
    }

    @Test
    void noPublishedValueIsBelowTheThresholdAndSuppressedCellsAreMarked() throws Exception {
        // given: a threshold high enough to suppress some of the sample's counts
        int threshold = 25;
        List<CSVRecord> rows = export("--threshold", String.valueOf(threshold));
        // then
        assertThat(rows).isNotEmpty();
        List<CSVRecord> published = rows.stream().filter(row -> !row.get("OBS_VALUE").isEmpty()).toList();
        List<CSVRecord> suppressed = rows.stream().filter(row -> row.get("OBS_VALUE").isEmpty()
                && !List.of("L", "M", "O").contains(row.get("OBS_STATUS"))).toList();
        assertThat(published).allSatisfy(row -> {
            long value = Long.parseLong(row.get("OBS_VALUE"));
            assertThat(value == 0 || value >= threshold).as(row.toString()).isTrue();
            assertThat(row.get("CONF_STATUS")).isEqualTo("F");
        });
        assertThat(suppressed).isNotEmpty().allSatisfy(row -> {
            assertThat(row.get("OBS_STATUS")).isEqualTo("Q");
            assertThat(row.get("CONF_STATUS")).isIn("A", "D", "C", "N");
        });
        assertThat(suppressed).extracting(row -> row.get("CONF_STATUS")).contains("A", "D");
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.get("STRUCTURE")).isEqualTo("dataflow");
            assertThat(row.get("STRUCTURE_ID")).isEqualTo("SALWM:DF_SALW(1.0)");
            assertThat(row.get("ACTION")).isEqualTo("I");
            assertThat(row.get("SYNTHETIC")).isEqualTo("true");
        });
    }

    @Test
    void aPublishedKeyIndicatorEqualsTheStoredValue() throws Exception {
        // given
        long kzSeized2024 = jdbc.queryForObject("SELECT sum(obs_value) FROM observation WHERE ref_area = 'KZ'"
                + " AND time_period = '2024' AND indicator = 'ITEMS' AND event = 'SEIZED' AND item_class = 'FIREARM'"
                + " AND weapon_type = '_T' AND context = '_T'", Long.class);
        // when
        List<CSVRecord> rows = export("--from", "2014", "--to", "2024");
        // then
        assertThat(rows).filteredOn(row -> row.get("REF_AREA").equals("KZ") && row.get("TIME_PERIOD").equals("2024")
                        && row.get("INDICATOR").equals("ITEMS") && row.get("EVENT").equals("SEIZED")
                        && row.get("WEAPON_TYPE").equals("_T"))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.get("OBS_VALUE")).isEqualTo(Long.toString(kzSeized2024));
                    assertThat(row.get("UNIT_MEASURE")).isEqualTo("WEAPONS");
                    assertThat(row.get("ITEM_CLASS")).isEqualTo("FIREARM");
                });
        assertThat(rows).anyMatch(row -> row.get("EVENT").equals("_T") && !row.get("WEAPON_TYPE").equals("_T"));
        assertThat(rows).filteredOn(row -> row.get("REF_AREA").equals("KG") && row.get("TIME_PERIOD").equals("2015")
                        && row.get("INDICATOR").equals("ITEMS") && row.get("EVENT").equals("SEIZED")
                        && row.get("WEAPON_TYPE").equals("_T"))
                .singleElement()
                .satisfies(row -> assertThat(List.of(row.get("OBS_VALUE"), row.get("OBS_STATUS")))
                        .containsExactly("", "O"));
    }

    @Test
    void theHeaderIsSdmxCsv20() throws Exception {
        // when
        Path file = dir.resolve("out/sdmx.csv");
        run("--out", file.toString());
        // then
        assertThat(Files.readAllLines(file).get(0)).isEqualTo("STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,EVENT,"
                + "ITEM_CLASS,WEAPON_TYPE,CONTEXT,UNIT_MEASURE,TIME_PERIOD,OBS_VALUE,OBS_STATUS,CONF_STATUS,"
                + "SOURCE_AGENCY,SOURCE_REF,SYNTHETIC,COMMENT");
    }

    private List<CSVRecord> export(String... options) throws Exception {
        Path file = dir.resolve("sdmx.csv");
        String[] arguments = new String[options.length + 2];
        System.arraycopy(options, 0, arguments, 0, options.length);
        arguments[options.length] = "--out";
        arguments[options.length + 1] = file.toString();
        run(arguments);
        try (Reader in = Files.newBufferedReader(file)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    private void run(String... arguments) {
        ExportCommand.Sdmx sdmx = new ExportCommand.Sdmx();
        new CommandLine(sdmx).parseArgs(arguments);
        int exitCode = sdmx.write(data, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(exitCode).isEqualTo(ExitCodes.SUCCESS);
    }
}
