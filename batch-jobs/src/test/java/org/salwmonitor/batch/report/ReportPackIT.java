package org.salwmonitor.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine;

import org.salwmonitor.batch.DatabaseTestSupport;
import org.salwmonitor.batch.SalwIntegrationTest;
import org.salwmonitor.batch.cli.ReportCommand;
import org.salwmonitor.batch.shared.ExitCodes;
import org.salwmonitor.batch.statistics.StatisticsImporter;
import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.geo.Region;
import org.salwmonitor.core.law.Participation;
import org.salwmonitor.sampledata.SampleData;

/** The report pack from the database: the command's code with the test's Spring context. */
@SalwIntegrationTest
class ReportPackIT {

    @Autowired
    StatisticsImporter importer;

    @Autowired
    ReportData data;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @BeforeEach
    void clean() {
        DatabaseTestSupport.cleanData(jdbc);
    }

    @Test
    void packHoldsBothReportsInBothLanguagesWithTheDatabaseFigures() throws Exception {
        // given
        loadSampleStatisticsAndLegalRows();
        long kzSeized2024 = jdbc.queryForObject("SELECT sum(obs_value) FROM observation WHERE ref_area = 'KZ'"
                + " AND time_period = '2024' AND indicator = 'ITEMS' AND event = 'SEIZED' AND item_class = 'FIREARM'"
                + " AND weapon_type <> '_T' AND context = '_T'", Long.class);
        long kzPistols2024 = jdbc.queryForObject("SELECT sum(obs_value) FROM observation WHERE ref_area = 'KZ'"
                + " AND time_period = '2024' AND indicator = 'ITEMS' AND event IN ('SEIZED', 'FOUND', 'SURRENDERED')"
                + " AND item_class = 'FIREARM' AND weapon_type = 'PISTOL_OR_REVOLVER' AND context = '_T'", Long.class);
        Path out = dir.resolve("pack");
        ReportCommand.Pack pack = new ReportCommand.Pack();
        new CommandLine(pack).parseArgs("--region", "central-asia", "--from", "2014", "--to", "2024",
                "--lang", "en,ru", "--out", out.toString());
        // when
        int exitCode = pack.write(data, print(stdout), print(stderr));
        // then
        assertThat(exitCode).isEqualTo(ExitCodes.SUCCESS);
        List<String> names = List.of("trend-report-en", "compliance-report-en", "trend-report-ru", "compliance-report-ru");
        for (String name : names) {
            assertThat(out.resolve(name + ".pdf")).isNotEmptyFile();
            assertThat(out.resolve(name + ".csv")).isNotEmptyFile();
            assertThat(stdout.toString(StandardCharsets.UTF_8)).contains(out.resolve(name + ".pdf").toString());
        }
        String trendEn = text(out.resolve("trend-report-en.pdf"));
        assertThat(trendEn).contains(NumberFormat.getIntegerInstance(Locale.ENGLISH).format(kzSeized2024))
                .contains(NumberFormat.getIntegerInstance(Locale.ENGLISH).format(kzPistols2024))
                .contains("SYNTHETIC SAMPLE DATA");
        assertThat(Files.readAllLines(out.resolve("trend-report-en.csv")))
                .anyMatch(line -> line.contains("2024") && line.endsWith("," + kzSeized2024 + ",A"))
                .anyMatch(line -> line.contains("2024") && line.endsWith("," + kzPistols2024 + ",A"));
        assertThat(text(out.resolve("trend-report-ru.pdf"))).contains("Казахстан");
        assertThat(text(out.resolve("compliance-report-en.pdf"))).contains("Kazakhstan");
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("1 report submission(s) without a date");
    }

    @Test
    void inputsComeFromTheDatabaseWithSqlAggregates() throws Exception {
        // given
        loadSampleStatisticsAndLegalRows();
        long rows = jdbc.queryForObject("SELECT count(*) FROM observation", Long.class);
        // when
        ReportInputs inputs = data.load(Region.centralAsia(), 2014, 2024).orElseThrow();
        // then
        assertThat(data.years(Region.centralAsia())).contains(new ReportData.YearSpan(2014, 2024));
        assertThat(inputs.observationCount()).isEqualTo(rows);
        assertThat(inputs.synthetic()).isTrue();
        assertThat(inputs.dataAsOf()).isEqualTo(jdbc.queryForObject(
                "SELECT (max(updated_at) AT TIME ZONE 'UTC')::date FROM observation", LocalDate.class));
        assertThat(inputs.submissions()).singleElement()
                .satisfies(submission -> assertThat(submission.submitted()).isEqualTo(LocalDate.of(2023, 5, 20)));
        assertThat(inputs.submissionsWithoutDate()).isEqualTo(1);
        assertThat(inputs.participations()).extracting(Participation::state, p -> p.instrument().code())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Country.of("KZ"), "ATT"));
        assertThat(inputs.participations().get(0).entryIntoForce()).contains(LocalDate.of(2018, 3, 8));
        assertThat(inputs.sources()).extracting(SourceFile -> SourceFile.name())
                .containsExactlyInAnyOrder(Path.of(SampleData.STATISTICS).getFileName().toString(), "legal-test.csv");
        assertThat(inputs.sources()).filteredOn(source -> source.name().equals("legal-test.csv"))
                .singleElement().satisfies(source -> assertThat(source.rows()).isEqualTo(3));
        assertThat(inputs.sources()).filteredOn(source -> !source.name().equals("legal-test.csv"))
                .singleElement().satisfies(source -> assertThat(source.rows()).isEqualTo(rows));
    }

    @Test
    void nothingToReportIsExitCodeFourWithAMessage() {
        // given: an empty database
        ReportCommand.Trend trend = new ReportCommand.Trend();
        new CommandLine(trend).parseArgs("--out", dir.toString());
        // when
        int exitCode = trend.write(data, print(stdout), print(stderr));
        // then
        assertThat(exitCode).isEqualTo(ExitCodes.REFUSED);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("nothing to report");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void yearsWithoutDataAreNothingToReport() throws Exception {
        // given
        importer.importFile(DatabaseTestSupport.sampleFile(SampleData.STATISTICS, dir),
                StatisticsImporter.Options.defaults());
        ReportCommand.Compliance compliance = new ReportCommand.Compliance();
        new CommandLine(compliance).parseArgs("--from", "1990", "--to", "1999", "--out", dir.resolve("x").toString());
        // when
        int exitCode = compliance.write(data, print(stdout), print(stderr));
        // then
        assertThat(exitCode).isEqualTo(ExitCodes.REFUSED);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("between 1990 and 1999")
                .contains("2014–2024");
    }

    @Test
    void badOptionsAreUsageErrorsBeforeAnyDatabaseWork() {
        // given
        CommandLine commandLine = new CommandLine(new ReportCommand());
        PrintStream originalErr = System.err;
        System.setErr(print(stderr));
        try {
            // when
            int unknownRegion = commandLine.execute("pack", "--region", "atlantis");
            int unknownLanguage = commandLine.execute("trend", "--lang", "en,de");
            int reversedYears = commandLine.execute("compliance", "--from", "2024", "--to", "2014");
            int zeroThreshold = commandLine.execute("pack", "--threshold", "0");
            // then
            assertThat(List.of(unknownRegion, unknownLanguage, reversedYears, zeroThreshold))
                    .containsOnly(ExitCodes.USAGE);
        } finally {
            System.setErr(originalErr);
        }
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("--region must be one of [central-asia")
                .contains("--lang must list en and/or ru, was en,de").contains("--from must not be after --to")
                .contains("--threshold must be 1 or more, was 0");
    }

    private void loadSampleStatisticsAndLegalRows() throws Exception {
        importer.importFile(DatabaseTestSupport.sampleFile(SampleData.STATISTICS, dir),
                StatisticsImporter.Options.defaults());
        long file = jdbc.queryForObject("INSERT INTO source_file (file_name, sha256, kind, format, encoding)"
                + " VALUES ('legal-test.csv', repeat('ab', 32), 'LEGAL', 'TEMPLATE', 'UTF-8') RETURNING id", Long.class);
        jdbc.update("INSERT INTO participation_action (state, instrument, action, level, action_date, source, verified,"
                + " synthetic, source_file_id, source_line, job_execution_id) VALUES ('KZ', 'ATT', 'ACCESSION',"
                + " 'INTERNATIONAL', DATE '2017-12-08', 'ATT Secretariat', true, false, ?, 2, 0)", file);
        jdbc.update("INSERT INTO report_submission (state, obligation, cycle, date_received, publicity, source,"
                + " synthetic, source_file_id, source_line, job_execution_id) VALUES"
                + " ('KZ', 'ATT_ANNUAL', 2022, DATE '2023-05-20', 'PUBLIC', 'test', true, ?, 3, 0),"
                + " ('KG', 'POA_NATIONAL', 2020, NULL, 'UNKNOWN', 'test', true, ?, 4, 0)", file, file);
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
