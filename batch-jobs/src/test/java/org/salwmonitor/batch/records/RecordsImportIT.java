package org.salwmonitor.batch.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.salwmonitor.batch.DatabaseTestSupport;
import org.salwmonitor.batch.SalwIntegrationTest;
import org.salwmonitor.batch.shared.ImportResult;
import org.salwmonitor.batch.shared.RowReject;
import org.salwmonitor.core.casefile.Pseudonym;
import org.salwmonitor.sampledata.SampleData;

@SalwIntegrationTest
class RecordsImportIT {

    private static final String BAD = "/org/salwmonitor/batch/records/bad/";
    private static final String EVENTS_HEADER = "EVENT_ID,REF_AREA,EVENT_DATE,EVENT,AGENCY,PLACE,LEGAL_BASIS,CONTEXTS,"
            + "ROUTE,PERSON_REFS,CASE_STAGE,SYNTHETIC\n";
    private static final String ITEMS_HEADER = "ITEM_ID,EVENT_ID,LINE,ITEM_CLASS,WEAPON_TYPE,PART_KIND,MAKE,MODEL,"
            + "CALIBRE,SERIAL,SERIAL_OBLITERATED,MANUFACTURE_COUNTRY,MANUFACTURE_YEAR,NATIONAL_CATEGORY,QUANTITY,"
            + "UNIT_MEASURE,SYNTHETIC\n";

    @Autowired
    RecordsImporter importer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PseudonymKey pseudonymKey;

    @TempDir
    Path dir;

    @BeforeEach
    void clean() {
        DatabaseTestSupport.cleanData(jdbc);
    }

    private List<ImportResult> importAll(Path... files) throws Exception {
        return importer.importFiles(List.of(files), RecordsImporter.Options.defaults(), result -> { });
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static long dataRows(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count() - 1;
        }
    }

    private Path resource(String name) {
        try (InputStream in = RecordsImportIT.class.getResourceAsStream(BAD + name)) {
            Path target = dir.resolve(name);
            Files.copy(in, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theSampleRecordsLoadWithoutRejectsInDependencyOrderAndASecondImportChangesNothing() throws Exception {
        // given: the four files, deliberately in the wrong order
        Path events = DatabaseTestSupport.sampleFile(SampleData.EVENTS, dir);
        Path items = DatabaseTestSupport.sampleFile(SampleData.ITEMS, dir);
        Path tracing = DatabaseTestSupport.sampleFile(SampleData.TRACING_REQUESTS, dir);
        Path lostStolen = DatabaseTestSupport.sampleFile(SampleData.LOST_STOLEN, dir);

        // when
        List<ImportResult> first = importAll(lostStolen, tracing, items, events);
        List<ImportResult> second = importAll(lostStolen, tracing, items, events);

        // then
        assertThat(first).extracting(ImportResult::format)
                .containsExactly("EVENTS", "ITEMS", "TRACING_REQUESTS", "LOST_STOLEN");
        for (ImportResult result : first) {
            assertThat(result.rejects()).as(result.file().getFileName().toString()).isEmpty();
            assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.IMPORTED);
            assertThat(result.counts().read()).isEqualTo(dataRows(result.file()));
            assertThat(result.counts().imported()).isEqualTo(result.counts().read());
        }
        assertThat(count("SELECT count(*) FROM case_event")).isEqualTo(dataRows(events));
        assertThat(count("SELECT count(*) FROM case_item")).isEqualTo(dataRows(items));
        assertThat(count("SELECT count(*) FROM tracing_request")).isEqualTo(dataRows(tracing));
        assertThat(count("SELECT count(*) FROM lost_stolen")).isEqualTo(dataRows(lostStolen));
        assertThat(count("SELECT count(*) FROM case_event_person")).isEqualTo(personRefs(events));
        for (ImportResult result : second) {
            assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.IMPORTED);
            assertThat(result.counts().imported()).isZero();
            assertThat(result.counts().updated()).isZero();
            assertThat(result.counts().unchanged()).isEqualTo(dataRows(result.file()));
        }
        assertThat(count("SELECT count(*) FROM case_record_revision")).isZero();
        assertThat(count("SELECT count(*) FROM case_record_stage")).isZero();
        // serials as written, with the matching key beside them (docs/formats.md §6)
        assertThat(jdbc.queryForMap("SELECT serial, serial_key FROM case_item WHERE item_id = 'IT00000003'"))
                .containsEntry("serial", "№ PA292869").containsEntry("serial_key", "PA292869");
        assertThat(jdbc.queryForList("SELECT pseudonym FROM case_event_person", String.class))
                .allSatisfy(token -> assertThat(token).matches("P-[0-9a-f]{64}"));
    }

    /** The distinct person identifiers per event of an events file. */
    private static long personRefs(Path events) throws IOException {
        long refs = 0;
        for (String line : Files.readAllLines(events).subList(1, Files.readAllLines(events).size())) {
            String[] fields = line.split(",", -1);
            String persons = fields[fields.length - 3];
            if (!persons.isEmpty()) {
                refs += Stream.of(persons.split("\\|")).distinct().count();
            }
        }
        return refs;
    }

    static Stream<Arguments> badFiles() throws IOException {
        try (InputStream in = RecordsImportIT.class.getResourceAsStream(BAD + "manifest.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
            return lines.stream().map(line -> line.split(",", -1))
                    .map(f -> Arguments.of(f[0], f[1], f[2], f[3], f[4], Integer.parseInt(f[5])));
        }
    }

    @ParameterizedTest(name = "{0}: {1} {4}")
    @MethodSource("badFiles")
    void eachBadFileGivesExactlyItsRejectAndItsOtherRowsLoad(String file, String outcome, String line, String field,
                                                             String rule, int rowsAccepted) throws Exception {
        // given: the events and items the bad files refer to
        importAll(resource("baseline-events.csv"), resource("baseline-items.csv"));
        Path bad = resource(file);

        // when
        ImportResult result = importAll(bad).get(0);

        // then
        switch (outcome) {
            case "FILE_REFUSED" -> {
                assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.REFUSED);
                assertThat(result.refusal()).startsWith(rule + ":");
            }
            case "ACCEPTED" -> {
                assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.IMPORTED);
                assertThat(result.notices()).anyMatch(n -> n.startsWith(rule + ": line " + line + ", " + field));
            }
            default -> {
                assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.IMPORTED_WITH_REJECTS);
                assertThat(result.rejects()).hasSize(1);
                RowReject reject = result.rejects().get(0);
                assertThat(reject.fileName()).isEqualTo(file);
                assertThat(reject.line()).isEqualTo(Integer.parseInt(line));
                assertThat(reject.column()).isEqualTo(field.isEmpty() ? null : field);
                assertThat(reject.rule()).isEqualTo(rule);
                if (field.equals("PERSON_REFS") || rule.equals("PERSONAL_DATA_IN_TEXT")) {
                    assertThat(reject.value()).as("never repeated").startsWith("[redacted: ");
                }
                assertThat(result.rejectsFile()).exists();
                assertThat(Files.readString(result.rejectsFile())).contains(file + "\"," + line + ",");
                assertThat(count("SELECT count(*) FROM import_reject WHERE severity = 'REJECT' AND file_name = '" + file
                        + "' AND rule = '" + rule + "' AND line = " + line)).isEqualTo(1);
            }
        }
        assertThat(result.counts().imported()).isEqualTo(rowsAccepted);
    }

    @Test
    void strictLoadsNothingFromAFileWithARejectedRowAndLenientLoadsTheGoodRows() throws Exception {
        // given
        Path file = resource("events-date-format.csv");
        // when
        ImportResult strict = importer.importFiles(List.of(file), new RecordsImporter.Options(null, null, false, true),
                r -> { }).get(0);
        long afterStrict = count("SELECT count(*) FROM case_event");
        ImportResult lenient = importAll(file).get(0);
        // then
        assertThat(strict.outcome()).isEqualTo(ImportResult.Outcome.REFUSED);
        assertThat(strict.refusal()).startsWith("STRICT");
        assertThat(strict.exitCode()).isEqualTo(4);
        assertThat(strict.rejects()).extracting(RowReject::rule).containsExactly("DATE_FORMAT");
        assertThat(afterStrict).isZero();
        assertThat(lenient.exitCode()).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM case_event")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM case_record_stage")).isZero();
    }

    @Test
    void aDryRunOfRelatedFilesChecksThemTogetherAndWritesNothing() throws Exception {
        // given
        Path events = DatabaseTestSupport.sampleFile(SampleData.EVENTS, dir);
        Path items = DatabaseTestSupport.sampleFile(SampleData.ITEMS, dir);
        Path tracing = DatabaseTestSupport.sampleFile(SampleData.TRACING_REQUESTS, dir);
        Path bad = resource("items-unit-mismatch.csv");
        // when
        List<ImportResult> results = importer.importFiles(List.of(tracing, items, events, bad),
                new RecordsImporter.Options(null, null, true, false), r -> { });
        // then: items and tracing requests checked against the events and items of the same dry run
        assertThat(results).allSatisfy(result -> assertThat(result.dryRun()).isTrue());
        assertThat(results).extracting(r -> r.file().getFileName().toString())
                .containsExactly("events.csv", "items.csv", "items-unit-mismatch.csv", "tracing-requests.csv");
        assertThat(List.of(results.get(0), results.get(1), results.get(3))).allSatisfy(result -> {
            assertThat(result.rejects()).isEmpty();
            assertThat(result.counts().imported()).isEqualTo(result.counts().read()).isPositive();
        });
        // the bad file's good row names an event that is not there: in a dry run too
        assertThat(results.get(2).rejects()).extracting(RowReject::rule)
                .containsExactlyInAnyOrder("UNIT_MISMATCH", "EVENT_UNKNOWN");
        for (String table : List.of("case_event", "case_event_person", "case_item", "tracing_request", "import_reject",
                "case_record_stage", "source_file")) {
            assertThat(count("SELECT count(*) FROM " + table)).as(table).isZero();
        }
    }

    @Test
    void aChangedEventKeepsItsOldContentAndPersonsAsARevision() throws Exception {
        // given
        Path v1 = Files.writeString(dir.resolve("events-v1.csv"), EVENTS_HEADER
                + "EV-1,KZ,2021-09-03,SEIZED,POLICE,Almaty,ILLICIT_POSSESSION,,,KZ-POL-P000001|KZ-POL-P000002,TRIAL,true\n"
                + "EV-2,KZ,2021-09-04,FOUND,POLICE,Almaty,,,,,NO_CASE,true\n");
        Path v2 = Files.writeString(dir.resolve("events-v2.csv"), EVENTS_HEADER
                + "EV-1,KZ,2021-09-03,SEIZED,POLICE,Astana,ILLICIT_POSSESSION,,,KZ-POL-P000001|KZ-POL-P000003,CONVICTED,true\n"
                + "EV-2,KZ,2021-09-04,FOUND,POLICE,Almaty,,,,,NO_CASE,true\n");
        importAll(v1);
        List<String> before = jdbc.queryForList("SELECT pseudonym FROM case_event_person WHERE event_id = 'EV-1'"
                + " ORDER BY 1", String.class);
        // when
        ImportResult result = importAll(v2).get(0);
        // then
        assertThat(result.counts().updated()).isEqualTo(1);
        assertThat(result.counts().unchanged()).isEqualTo(1);
        assertThat(jdbc.queryForMap("SELECT place, case_stage FROM case_event WHERE event_id = 'EV-1'"))
                .containsEntry("place", "Astana").containsEntry("case_stage", "CONVICTED");
        Map<String, Object> revision = jdbc.queryForMap("SELECT r.record_table, r.record_id, r.old_row ->> 'place' AS place,"
                + " r.old_row ->> 'case_stage' AS stage, r.old_row -> 'persons' AS persons, r.superseded_by_line,"
                + " f.file_name FROM case_record_revision r JOIN source_file f ON f.id = r.superseded_by_file");
        assertThat(revision).containsEntry("record_table", "case_event").containsEntry("record_id", "EV-1")
                .containsEntry("place", "Almaty").containsEntry("stage", "TRIAL").containsEntry("superseded_by_line", 2)
                .containsEntry("file_name", "events-v2.csv");
        assertThat(revision.get("persons").toString()).contains(before.get(0)).contains(before.get(1));
        byte[] key = pseudonymKey.key();
        assertThat(jdbc.queryForList("SELECT pseudonym FROM case_event_person WHERE event_id = 'EV-1'", String.class))
                .containsExactlyInAnyOrder(Pseudonym.derive(key, "KZ-POL-P000001").token(),
                        Pseudonym.derive(key, "KZ-POL-P000003").token());
        // and the third import of v2 changes nothing
        assertThat(importAll(v2).get(0).counts().unchanged()).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM case_record_revision")).isEqualTo(1);
    }

    @Test
    void aChangedItemKeepsItsOldContentAsARevision() throws Exception {
        // given
        importAll(resource("baseline-events.csv"), resource("baseline-items.csv"));
        Path changed = Files.writeString(dir.resolve("items-v2.csv"), ITEMS_HEADER
                + "IT-B1,EV-B1,1,FIREARM,ASSAULT_RIFLE,,Ижмаш,AKM,7.62x39,РХ-950209,false,SUHH,1978,"
                + "боевое автоматическое,1,WEAPONS,true\n");
        // when
        ImportResult result = importAll(changed).get(0);
        // then
        assertThat(result.counts().updated()).isEqualTo(1);
        assertThat(jdbc.queryForMap("SELECT make, serial, serial_key FROM case_item WHERE item_id = 'IT-B1'"))
                .containsEntry("make", "Ижмаш").containsEntry("serial", "РХ-950209").containsEntry("serial_key", "PX950209");
        assertThat(jdbc.queryForMap("SELECT old_row ->> 'make' AS make, old_row ->> 'serial' AS serial"
                + " FROM case_record_revision WHERE record_table = 'case_item' AND record_id = 'IT-B1'"))
                .containsEntry("make", "Izhmash").containsEntry("serial", "PX 950209");
    }

    @Test
    void theSamePersonGetsTheSamePseudonymInEveryFileAndTheIdentifierIsNotStored() throws Exception {
        // given
        Path a = Files.writeString(dir.resolve("a.csv"), EVENTS_HEADER
                + "EV-A,KZ,2021-09-03,SEIZED,POLICE,Almaty,ILLICIT_POSSESSION,,,KZ-POL-P424242,TRIAL,true\n");
        Path b = Files.writeString(dir.resolve("b.csv"), EVENTS_HEADER
                + "EV-B,KG,2022-02-03,SEIZED,BORDER_GUARD,Osh,ILLICIT_TRAFFICKING,,KZ|KG, KZ-POL-P424242 ,TRIAL,true\n");
        // when
        importAll(a, b);
        // then
        List<String> pseudonyms = jdbc.queryForList("SELECT pseudonym FROM case_event_person ORDER BY event_id",
                String.class);
        assertThat(pseudonyms).hasSize(2);
        assertThat(pseudonyms.get(0)).isEqualTo(pseudonyms.get(1)).doesNotContain("424242");
    }

    @Test
    void aWorkbookOfEventsLoadsLikeItsCsv() throws Exception {
        // given
        Path file = dir.resolve("events.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("events");
            String[][] rows = {EVENTS_HEADER.strip().split(","),
                {"EV-W1", "TJ", "2019-05-01", "SEIZED", "BORDER_GUARD", "GBAO, Khorog", "ILLICIT_TRAFFICKING",
                    "DRUG_TRAFFICKING|ORGANIZED_CRIME", "AF|TJ", "TJ-BOR-P300001", "PROSECUTION", "TRUE"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
        }
        // when
        ImportResult result = importAll(file).get(0);
        // then
        assertThat(result.format()).isEqualTo("EVENTS_XLSX");
        assertThat(result.counts().imported()).isEqualTo(1);
        assertThat(jdbc.queryForMap("SELECT place, array_to_string(contexts, '|') AS contexts,"
                + " array_to_string(route, '|') AS route, synthetic FROM case_event"))
                .containsEntry("place", "GBAO, Khorog").containsEntry("contexts", "DRUG_TRAFFICKING|ORGANIZED_CRIME")
                .containsEntry("route", "AF|TJ").containsEntry("synthetic", true);
    }

    @Test
    void twoImportsOfTheSameEventsAtOnceStoreEachEventOnce() throws Exception {
        // given
        Path events = DatabaseTestSupport.sampleFile(SampleData.EVENTS, dir);
        Path copy = Files.copy(events, dir.resolve("events-copy.csv"));
        // when
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<ImportResult> results = new ArrayList<>();
        try {
            Future<List<ImportResult>> one = pool.submit(() -> importAll(events));
            Future<List<ImportResult>> two = pool.submit(() -> importAll(copy));
            results.addAll(one.get());
            results.addAll(two.get());
        } finally {
            pool.shutdownNow();
        }
        // then
        long rows = dataRows(events);
        assertThat(results).extracting(r -> r.counts().imported()).containsExactlyInAnyOrder((int) rows, 0);
        assertThat(results).extracting(r -> r.counts().unchanged()).containsExactlyInAnyOrder(0, (int) rows);
        assertThat(count("SELECT count(*) FROM case_event")).isEqualTo(rows);
        assertThat(count("SELECT count(*) FROM case_record_revision")).isZero();
    }
}
