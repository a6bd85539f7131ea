package org.salwmonitor.batch.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

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
import org.salwmonitor.batch.cli.CaseDigestCommand;
import org.salwmonitor.batch.cli.ReportCommand;
import org.salwmonitor.batch.matching.CrossBorderMatcher;
import org.salwmonitor.batch.matching.MatchSet;
import org.salwmonitor.batch.matching.MatchStrength;
import org.salwmonitor.batch.records.RecordsImporter;
import org.salwmonitor.batch.report.ReportData;
import org.salwmonitor.batch.shared.ExitCodes;
import org.salwmonitor.batch.statistics.StatisticsImporter;
import org.salwmonitor.core.geo.Region;
import org.salwmonitor.sampledata.SampleData;

/**
 * The restricted case digest from the database, and the public pack beside it: the digest carries its
 * marking on every page and the database's cases and matches; neither PDF holds a person reference, and the
 * public pack holds no case-level data at all.
 */
@SalwIntegrationTest
class CaseDigestCommandIT {

    @Autowired
    StatisticsImporter statistics;

    @Autowired
    RecordsImporter records;

    @Autowired
    CaseDigestData digestData;

    @Autowired
    ReportData reportData;

    @Autowired
    CrossBorderMatcher matcher;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @BeforeEach
    void load() throws Exception {
        DatabaseTestSupport.cleanData(jdbc);
        statistics.importFile(DatabaseTestSupport.sampleFile(SampleData.STATISTICS, dir),
                StatisticsImporter.Options.defaults());
        List<Path> files = new ArrayList<>();
        for (String file : List.of(SampleData.EVENTS, SampleData.ITEMS, SampleData.TRACING_REQUESTS,
                SampleData.LOST_STOLEN)) {
            files.add(DatabaseTestSupport.sampleFile(file, dir));
        }
        records.importFiles(files, RecordsImporter.Options.defaults(), result -> { });
    }

    @Test
    void withoutRestrictedNothingIsWrittenAndTheUsageErrorSaysWhy() {
        // given
        CaseDigestCommand command = new CaseDigestCommand();
        CommandLine line = new CommandLine(command);
        line.setErr(new java.io.PrintWriter(new java.io.StringWriter()));
        PrintStream original = System.err;
        System.setErr(print(stderr));
        // when
        int exitCode;
        try {
            exitCode = line.execute("--out", dir.resolve("digest").toString());
        } finally {
            System.setErr(original);
        }
        // then
        assertThat(exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("RESTRICTED").contains("--restricted");
        assertThat(dir.resolve("digest")).doesNotExist();
    }

    @Test
    void theDigestCarriesItsMarkingOnEveryPageWithTheCasesAndMatchesButNoPerson() throws Exception {
        // given
        Path out = dir.resolve("restricted");
        CaseDigestCommand command = new CaseDigestCommand();
        new CommandLine(command).parseArgs("--restricted", "--out", out.toString());
        List<String> eventIds = jdbc.queryForList("SELECT event_id FROM case_event WHERE ref_area IN"
                + " ('KZ','KG','TJ','TM','UZ') AND event_date BETWEEN '2014-01-01' AND '2024-12-31' ORDER BY random()"
                + " LIMIT 20", String.class);
        List<String> personRefs = personRefsOfTheSampleFile();

        // when
        int exitCode = command.write(digestData, print(stdout), print(stderr));

        // then
        assertThat(exitCode).as(stderr.toString(StandardCharsets.UTF_8)).isEqualTo(ExitCodes.SUCCESS);
        for (String language : List.of("en", "ru")) {
            Path pdf = out.resolve("case-digest-" + language + ".pdf");
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                assertThat(document.getNumberOfPages()).isGreaterThan(3);
                for (int page = 1; page <= document.getNumberOfPages(); page++) {
                    assertThat(pageText(document, page)).as(language + " page " + page)
                            .containsAnyOf("RESTRICTED — law enforcement use only", "ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ");
                }
                String text = new PDFTextStripper().getText(document).replace("\n", " ");
                assertThat(eventIds).allSatisfy(id -> assertThat(text).contains(id));
                // the planted cross-border rifle seen in three countries (sample planted-matches.csv, SET002)
                assertThat(text).contains("IT00003551").contains("IT00003022").contains("IT00001813");
                assertThat(personRefs).noneSatisfy(ref -> assertThat(text).contains(ref));
                assertThat(text).doesNotContainPattern("P-[0-9a-f]{16,}");
            }
        }
    }

    @Test
    void limitedToOneStateTheDigestHoldsItsCasesAndTheMatchSetsThatReachIt() throws Exception {
        // given
        Path out = dir.resolve("kz");
        CaseDigestCommand command = new CaseDigestCommand();
        new CommandLine(command).parseArgs("--restricted", "--state", "kz", "--out", out.toString());
        long kazakhCases = jdbc.queryForObject("SELECT count(*) FROM case_event WHERE ref_area = 'KZ'"
                + " AND event_date BETWEEN '2014-01-01' AND '2024-12-31'", Long.class);
        List<MatchSet> sets = matcher.find(MatchStrength.ONE_CHARACTER_APART, Optional.of(Region.centralAsia())).sets();
        long setsWithKazakhRecord = sets.stream()
                .filter(set -> set.records().stream().anyMatch(r -> r.area().equals("KZ"))).count();
        // events of other states with no serial: no match set can bring them in
        List<String> otherEvents = jdbc.queryForList("SELECT e.event_id FROM case_event e WHERE e.ref_area <> 'KZ'"
                + " AND NOT EXISTS (SELECT 1 FROM case_item i WHERE i.event_id = e.event_id"
                + " AND i.serial_key IS NOT NULL) ORDER BY e.event_id LIMIT 20", String.class);
        List<String> kazakhEvents = jdbc.queryForList("SELECT event_id FROM case_event WHERE ref_area = 'KZ'"
                + " AND event_date BETWEEN '2014-01-01' AND '2024-12-31' ORDER BY event_id LIMIT 20", String.class);

        // when
        int exitCode = command.write(digestData, print(stdout), print(stderr));

        // then
        assertThat(exitCode).as(stderr.toString(StandardCharsets.UTF_8)).isEqualTo(ExitCodes.SUCCESS);
        assertThat(setsWithKazakhRecord).isPositive().isLessThan(sets.size());
        assertThat(otherEvents).hasSize(20);
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("Central Asia: Kazakhstan only")
                .contains("(" + kazakhCases + " cases, " + setsWithKazakhRecord + " cross-border match sets");
        assertThat(out.resolve("case-digest-en.pdf")).doesNotExist();
        String english = text(out.resolve("case-digest-kz-en.pdf")).replace("\n", " ");
        String russian = text(out.resolve("case-digest-kz-ru.pdf")).replace("\n", " ");
        assertThat(english).contains("Central Asia: Kazakhstan only")
                .containsPattern("Generated [A-Z][a-z]{2} \\d{1,2}, \\d{4} \\d{2}:\\d{2} UTC");
        assertThat(russian).contains("только Казахстан");
        for (String text : List.of(english, russian)) {
            assertThat(kazakhEvents).allSatisfy(id -> assertThat(text).contains(id));
            assertThat(otherEvents).noneSatisfy(id -> assertThat(text).contains(id));
        }
    }

    @Test
    void aStateOutsideTheRegionIsAUsageError() {
        // given
        CommandLine line = new CommandLine(new CaseDigestCommand());
        line.setErr(new java.io.PrintWriter(new java.io.StringWriter()));
        PrintStream original = System.err;
        System.setErr(print(stderr));
        // when
        int exitCode;
        try {
            exitCode = line.execute("--restricted", "--state", "RU", "--out", dir.resolve("ru").toString());
        } finally {
            System.setErr(original);
        }
        // then
        assertThat(exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("--state").contains("KZ").contains("'RU'");
        assertThat(dir.resolve("ru")).doesNotExist();
    }

    @Test
    void thePublicPackHoldsNoCaseLevelData() throws Exception {
        // given: case records in the database beside the statistics
        Path out = dir.resolve("pack");
        List<String> caseValues = jdbc.queryForList("SELECT event_id FROM case_event UNION ALL"
                + " SELECT item_id FROM case_item UNION ALL SELECT serial FROM case_item WHERE length(serial) >= 6"
                // a letter that is not a hex digit: a digits-only serial could occur inside a file's SHA-256
                + " AND serial ~ '[G-Zg-zА-Яа-я]' UNION ALL SELECT request_id FROM tracing_request UNION ALL"
                + " SELECT record_id FROM lost_stolen", String.class);
        assertThat(caseValues).hasSizeGreaterThan(1000);

        // when
        int exitCode = ReportCommand.Pack.writeDefault(reportData, out, print(stdout), print(stderr));

        // then
        assertThat(exitCode).isEqualTo(ExitCodes.SUCCESS);
        StringBuilder everything = new StringBuilder();
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.toList()) {
                assertThat(file.getFileName().toString()).doesNotContain("digest");
                everything.append(file.toString().endsWith(".pdf") ? text(file) : Files.readString(file));
            }
        }
        String pack = everything.toString();
        assertThat(caseValues).noneSatisfy(value -> assertThat(pack).contains(value));
        assertThat(pack).doesNotContain("RESTRICTED");
    }

    private static List<String> personRefsOfTheSampleFile() throws IOException {
        List<String> refs = new ArrayList<>();
        try (var in = SampleData.open(SampleData.EVENTS)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("[A-Z]{2}-[A-Z]{3}-P[0-9]{6}")
                        .matcher(line);
                while (matcher.find()) {
                    refs.add(matcher.group());
                }
            }
        }
        assertThat(refs).hasSizeGreaterThan(100);
        return refs;
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }
}
