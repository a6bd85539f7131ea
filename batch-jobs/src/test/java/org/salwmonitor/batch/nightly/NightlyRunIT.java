package org.salwmonitor.batch.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine;

import org.salwmonitor.batch.ChildSalw;
import org.salwmonitor.batch.DatabaseTestSupport;
import org.salwmonitor.batch.SalwIntegrationTest;
import org.salwmonitor.batch.cli.NightlyCommand;
import org.salwmonitor.batch.shared.AdvisoryLock;
import org.salwmonitor.batch.shared.ExitCodes;
import org.salwmonitor.sampledata.SampleData;
import org.salwmonitor.sampledata.VolumeGenerator;

/**
 * {@code salw nightly} end to end against a real PostgreSQL: the command's code with the test's
 * application, or the real command line in child JVMs where a run is killed or two run at once.
 */
@SalwIntegrationTest
class NightlyRunIT {

    private static final List<String> PACK = List.of("trend-report-en.pdf", "trend-report-en.csv",
            "compliance-report-en.pdf", "compliance-report-en.csv", "trend-report-ru.pdf", "trend-report-ru.csv",
            "compliance-report-ru.pdf", "compliance-report-ru.csv");
    /** Two chunks of the statistics import (20,000 rows each) are committed when the child is killed. */
    private static final long KILL_AFTER_ROWS = 40_000;
    private static final String LEGAL_FINGERPRINT = "SELECT (SELECT count(*) FROM participation_action) AS acts,"
            + " (SELECT md5(string_agg(concat_ws('|', state, instrument, action, level, action_date, source, verified),"
            + " ',' ORDER BY state, instrument, action)) FROM participation_action) AS digest";

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HikariDataSource dataSource;

    @TempDir
    Path dir;

    Path inbox;
    Path out;
    final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @BeforeEach
    void clean() throws IOException {
        DatabaseTestSupport.cleanData(jdbc);
        inbox = Files.createDirectories(dir.resolve("inbox"));
        out = dir.resolve("out");
    }

    /** Runs {@code salw nightly --inbox INBOX --out OUT} with the test's application. */
    private int nightly() throws Exception {
        return nightly(inbox, () -> { });
    }

    private int nightly(Path inboxFolder, Runnable onStart) throws Exception {
        NightlyCommand command = new NightlyCommand();
        new CommandLine(command).parseArgs("--inbox", inboxFolder.toString(), "--out", out.toString());
        return command.run(() -> {
            onStart.run();
            return context;
        }, false, print(stdout), print(stderr));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private Path drop(String resource) {
        return DatabaseTestSupport.sampleFile(resource, inbox);
    }

    private List<Path> runLogs() throws IOException {
        try (Stream<Path> files = Files.list(inbox.resolve(Inbox.RUNS))) {
            return files.sorted().toList();
        }
    }

    private static DocumentContext json(Path runLog) throws IOException {
        return JsonPath.parse(Files.readString(runLog, StandardCharsets.UTF_8));
    }

    private DocumentContext lastRunLog() throws IOException {
        List<Path> logs = runLogs();
        return json(logs.get(logs.size() - 1));
    }

    private List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            // the inbox's lock file is hidden, like everything a run does not take
            return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString())
                    .filter(name -> !name.startsWith(".")).sorted().toList();
        }
    }

    private long observations() {
        return jdbc.queryForObject("SELECT count(*) FROM observation", Long.class);
    }

    @Test
    void goodFilesAreImportedFiledAndThePackIsWritten() throws Exception {
        // given: the sample statistics and legal files, under names that do not say what they are
        Files.move(drop(SampleData.STATISTICS), inbox.resolve("from-ministry.csv"));
        drop(SampleData.PARTICIPATION);
        drop(SampleData.SUBMISSIONS);
        // when
        int exitCode = nightly();
        // then: imported and filed
        assertThat(exitCode).isEqualTo(ExitCodes.SUCCESS);
        assertThat(observations()).isEqualTo(2018);
        assertThat(namesIn(inbox)).isEmpty();
        assertThat(namesIn(inbox.resolve(Inbox.WORKING))).isEmpty();
        assertThat(namesIn(inbox.resolve(Inbox.PROCESSED)))
                .containsExactly("from-ministry.csv", "participation.csv", "submissions.csv");
        assertThat(namesIn(inbox.resolve(Inbox.REJECTED))).isEmpty();
        // the pack, with its stamp
        for (String name : PACK) {
            assertThat(out.resolve(name)).isNotEmptyFile();
        }
        assertThat(out.resolve(PackState.FILE_NAME)).exists();
        assertThat(out.resolve(".salw-pack-staging")).doesNotExist();
        // the run log
        assertThat(runLogs()).hasSize(1);
        DocumentContext log = lastRunLog();
        assertThat(log.read("$.exitCode", Integer.class)).isZero();
        assertThat(log.read("$.lock", String.class)).isEqualTo("ACQUIRED");
        assertThat(log.read("$.dataChanged", Boolean.class)).isTrue();
        assertThat(log.read("$.files[*].file", List.class))
                .containsExactly("from-ministry.csv", "participation.csv", "submissions.csv");
        assertThat(log.read("$.files[0].kind", String.class)).isEqualTo("STATISTICS");
        assertThat(log.read("$.files[0].format", String.class)).isEqualTo("TEMPLATE");
        assertThat(log.read("$.files[0].outcome", String.class)).isEqualTo("IMPORTED");
        assertThat(log.read("$.files[0].movedTo", String.class)).isEqualTo("processed/from-ministry.csv");
        assertThat(log.read("$.files[0].read", Integer.class)).isEqualTo(2018);
        assertThat(log.read("$.files[0].imported", Integer.class)).isEqualTo(2018);
        assertThat(log.read("$.files[0].rejectsFile", String.class)).isNull();
        assertThat(log.read("$.files[0].jobExecutionId", Long.class)).isPositive();
        assertThat(log.read("$.files[1].format", String.class)).isEqualTo("PARTICIPATION");
        assertThat(log.read("$.files[2].format", String.class)).isEqualTo("SUBMISSIONS");
        assertThat(log.read("$.totals.imported", Integer.class)).isEqualTo(2018 + 17 + 104);
        assertThat(log.read("$.pack.written", Boolean.class)).isTrue();
        assertThat(log.read("$.pack.reason", String.class)).isEqualTo("PACK_MISSING");
        assertThat(log.read("$.pack.files", List.class)).containsExactlyInAnyOrderElementsOf(PACK);
        assertThat(log.read("$.durationMs", Long.class)).isNotNegative();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("from-ministry.csv: imported [STATISTICS TEMPLATE]")
                .contains("pack: written into " + out.toAbsolutePath()).contains("exit code 0: success");
    }

    @Test
    void aSecondRunWithNoNewFilesDoesNothingAndAFileAgainChangesNothingSoThePackIsNotRendered() throws Exception {
        // given: a first run has imported the statistics and written the pack, a while ago
        drop(SampleData.STATISTICS);
        assertThat(nightly()).isEqualTo(ExitCodes.SUCCESS);
        FileTime longAgo = FileTime.fromMillis(System.currentTimeMillis() - TimeUnit.DAYS.toMillis(1));
        for (String name : PACK) {
            Files.setLastModifiedTime(out.resolve(name), longAgo);
        }
        long executions = jdbc.queryForObject("SELECT count(*) FROM batch_job_execution", Long.class);

        // when: nothing new
        int nothingNew = nightly();

        // then: no file, no job, no rendering
        assertThat(nothingNew).isEqualTo(ExitCodes.SUCCESS);
        DocumentContext log = lastRunLog();
        assertThat(log.read("$.files", List.class)).isEmpty();
        assertThat(log.read("$.dataChanged", Boolean.class)).isFalse();
        assertThat(log.read("$.pack.written", Boolean.class)).isFalse();
        assertThat(log.read("$.pack.reason", String.class)).isEqualTo("UNCHANGED");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM batch_job_execution", Long.class)).isEqualTo(executions);
        for (String name : PACK) {
            assertThat(Files.getLastModifiedTime(out.resolve(name))).isEqualTo(longAgo);
        }

        // when: the same file again
        drop(SampleData.STATISTICS);
        int sameAgain = nightly();

        // then: imported as unchanged, filed under a new name, and the pack still not rendered
        assertThat(sameAgain).isEqualTo(ExitCodes.SUCCESS);
        log = lastRunLog();
        assertThat(log.read("$.files[0].unchanged", Integer.class)).isEqualTo(2018);
        assertThat(log.read("$.files[0].movedTo", String.class))
                .isEqualTo("processed/statistics-central-asia-2014-2024-2.csv");
        assertThat(log.read("$.pack.reason", String.class)).isEqualTo("UNCHANGED");
        for (String name : PACK) {
            assertThat(Files.getLastModifiedTime(out.resolve(name))).isEqualTo(longAgo);
        }

        // when: a file of the pack is deleted
        Files.delete(out.resolve("compliance-report-ru.pdf"));
        nightly();

        // then
        assertThat(lastRunLog().read("$.pack.reason", String.class)).isEqualTo("PACK_MISSING");
        assertThat(out.resolve("compliance-report-ru.pdf")).isNotEmptyFile();
        assertThat(runLogs()).hasSize(4);
    }

    @Test
    void aChangedValueReRendersThePack() throws Exception {
        // given
        drop(SampleData.STATISTICS);
        nightly();
        String first = PackState.read(out).orElseThrow().data();
        // when: one Kazakh figure of 2024 is revised
        List<String> lines = Files.readAllLines(inbox.resolve("processed/statistics-central-asia-2014-2024.csv"));
        String header = lines.get(0);
        String revised = lines.stream().filter(line -> line.startsWith("KZ,2024,ITEMS,SEIZED,FIREARM,")).findFirst()
                .orElseThrow();
        String[] fields = revised.split(",", -1);
        fields[8] = Long.toString(Long.parseLong(fields[8]) + 5);
        Files.writeString(inbox.resolve("kz-2024-revised.csv"), header + "\n" + String.join(",", fields) + "\n");
        int exitCode = nightly();
        // then
        assertThat(exitCode).isEqualTo(ExitCodes.SUCCESS);
        DocumentContext log = lastRunLog();
        assertThat(log.read("$.files[0].updated", Integer.class)).isEqualTo(1);
        assertThat(log.read("$.pack.written", Boolean.class)).isTrue();
        assertThat(log.read("$.pack.reason", String.class)).isEqualTo("DATA_CHANGED");
        assertThat(PackState.read(out).orElseThrow().data()).isNotEqualTo(first);
    }

    @Test
    void badFilesAreFiledUnderRejectedWithTheirReasonAndTheExitCodeSaysSo() throws Exception {
        // given: a file of no known kind, one refused by the statistics importer, an empty one and a statistics
        // file with one bad row
        drop("bad-inputs/missing-header.csv");
        drop("bad-inputs/header-only.csv");
        drop("bad-inputs/empty.csv");
        drop("bad-inputs/unknown-country.csv");
        // when
        int exitCode = nightly();
        // then
        assertThat(exitCode).isEqualTo(ExitCodes.REFUSED);
        assertThat(namesIn(inbox.resolve(Inbox.REJECTED))).containsExactly("empty.csv", "empty.csv.rejects.csv",
                "header-only.csv", "header-only.csv.rejects.csv",
                "missing-header.csv", "missing-header.csv.rejects.csv");
        assertThat(namesIn(inbox.resolve(Inbox.PROCESSED)))
                .containsExactly("unknown-country.csv", "unknown-country.csv.rejects.csv");
        assertThat(rejectsOf("rejected/missing-header.csv")).contains("\"KIND_UNRECOGNISED\"");
        assertThat(rejectsOf("rejected/header-only.csv")).contains("\"header-only.csv\",,,,\"NO_DATA_ROWS\"");
        assertThat(rejectsOf("rejected/empty.csv")).contains("\"FILE_EMPTY\"");
        assertThat(rejectsOf("processed/unknown-country.csv")).contains("\"unknown-country.csv\",5,\"REF_AREA\"")
                .contains("REF_AREA_UNKNOWN");
        assertThat(observations()).as("the good rows of unknown-country.csv").isEqualTo(6);
        DocumentContext log = lastRunLog();
        assertThat(log.read("$.exitCode", Integer.class)).isEqualTo(ExitCodes.REFUSED);
        Map<String, Map<String, Object>> files = new HashMap<>();
        for (Map<String, Object> file : log.<List<Map<String, Object>>>read("$.files")) {
            files.put((String) file.get("file"), file);
        }
        assertThat(files.get("unknown-country.csv")).containsEntry("outcome", "IMPORTED_WITH_REJECTS")
                .containsEntry("rejected", 1).containsEntry("rejectsFile", "processed/unknown-country.csv.rejects.csv");
        assertThat((String) files.get("header-only.csv").get("reason")).startsWith("NO_DATA_ROWS: ");
        assertThat((String) files.get("missing-header.csv").get("reason")).startsWith("KIND_UNRECOGNISED: ");
        assertThat(files.get("missing-header.csv")).containsEntry("kind", null);
        assertThat(log.read("$.pack.written", Boolean.class)).isTrue();
    }

    @Test
    void caseRecordsAreRecognisedByContentAndImportedParentsFirst() throws Exception {
        // given: the items before their events in the inbox's listing
        drop(SampleData.ITEMS);
        drop(SampleData.EVENTS);
        // when
        int exitCode = nightly();
        // then
        assertThat(exitCode).isEqualTo(ExitCodes.SUCCESS);
        assertThat(namesIn(inbox.resolve(Inbox.PROCESSED))).containsExactly("events.csv", "items.csv");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_event", Long.class)).isEqualTo(2000);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_item", Long.class)).isEqualTo(5893);
        assertThat(lastRunLog().read("$.files[*].kind", List.class)).containsOnly("CASE_RECORDS");
    }

    @Test
    void rowsRejectedButNoFileRefusedExitWithThree() throws Exception {
        // given
        drop("bad-inputs/negative-count.csv");
        // when / then
        assertThat(nightly()).isEqualTo(ExitCodes.REJECTED_ROWS);
        assertThat(inbox.resolve("processed/negative-count.csv.rejects.csv")).isNotEmptyFile();
    }

    private String rejectsOf(String file) throws IOException {
        return Files.readString(inbox.resolve(file + Inbox.REJECTS_SUFFIX), StandardCharsets.UTF_8);
    }

    @Test
    void aRunFindingTheInboxLockedExitsAtOnceWithoutStartingTheApplication() throws Exception {
        // given
        drop(SampleData.STATISTICS);
        AtomicBoolean started = new AtomicBoolean();
        try (InboxLock held = InboxLock.tryAcquire(inbox, "run of the test").orElseThrow()) {
            // when
            int exitCode = nightly(inbox, () -> started.set(true));
            // then
            assertThat(exitCode).isEqualTo(ExitCodes.LOCKED);
        }
        assertThat(started).as("the application (and an embedded database) never started").isFalse();
        assertThat(namesIn(inbox)).containsExactly("statistics-central-asia-2014-2024.csv");
        assertThat(observations()).isZero();
        assertThat(stderr.toString(StandardCharsets.UTF_8))
                .contains("another run holds the lock on the inbox").contains("run of the test");
        DocumentContext log = lastRunLog();
        assertThat(log.read("$.lock", String.class)).isEqualTo("HELD_ON_INBOX");
        assertThat(log.read("$.exitCode", Integer.class)).isEqualTo(ExitCodes.LOCKED);
        assertThat(log.read("$.pack", Object.class)).isNull();
    }

    @Test
    void aRunFindingTheDatabaseLockedByARunOnAnotherInboxExitsWithoutTouchingAFile() throws Exception {
        // given
        drop(SampleData.STATISTICS);
        try (AdvisoryLock held = AdvisoryLock.tryAcquire(dataSource, NightlyRun.DATABASE_LOCK).orElseThrow()) {
            // when
            int exitCode = nightly();
            // then
            assertThat(exitCode).isEqualTo(ExitCodes.LOCKED);
        }
        assertThat(namesIn(inbox)).containsExactly("statistics-central-asia-2014-2024.csv");
        assertThat(observations()).isZero();
        assertThat(lastRunLog().read("$.lock", String.class)).isEqualTo("HELD_ON_DATABASE");
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("holds the lock on the database");
        // and once it is free, the next run does the work
        assertThat(nightly()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(observations()).isEqualTo(2018);
    }

    /** About 65,000 synthetic observations (four chunks), with the sample participation file. */
    private long volume(Path folder) throws IOException {
        Path generated = Files.createDirectories(dir.resolve("generated"));
        long rows = VolumeGenerator.generate(20230614L, 0, 193, 9, generated)[3];
        Files.createDirectories(folder);
        Files.copy(generated.resolve("statistics.csv"), folder.resolve("statistics.csv"));
        DatabaseTestSupport.sampleFile(SampleData.PARTICIPATION, folder);
        return rows;
    }

    @Test
    void aRunKilledHalfwayIsCompletedByTheNextRunAndEndsLikeAnUninterruptedRun() throws Exception {
        // given: the database an uninterrupted run leaves
        Path referenceInbox = dir.resolve("reference");
        long rows = volume(referenceInbox);
        assertThat(rows).as("a chunk is left after the kill").isGreaterThan(KILL_AFTER_ROWS + 20_000);
        assertThat(nightly(referenceInbox, () -> { })).isEqualTo(ExitCodes.SUCCESS);
        Map<String, Object> observationsReference = jdbc.queryForMap(DatabaseTestSupport.OBSERVATION_FINGERPRINT);
        Map<String, Object> legalReference = jdbc.queryForMap(LEGAL_FINGERPRINT);
        DatabaseTestSupport.cleanData(jdbc);
        deletePack();

        // when: a run in another JVM is killed once two chunks of the statistics are committed
        volume(inbox);
        Process child = ChildSalw.start(dataSource, dir.resolve("child.log"), "nightly", "--inbox", inbox.toString(),
                "--out", out.toString());
        ChildSalw.waitForCount(jdbc, "SELECT count(*) FROM observation", KILL_AFTER_ROWS, child);
        ChildSalw.kill(child, jdbc);
        assertThat(observations()).as("killed halfway").isLessThan(rows);
        assertThat(namesIn(inbox.resolve(Inbox.WORKING))).as("claimed by the killed run").containsExactly("statistics.csv");
        assertThat(namesIn(inbox)).as("not reached by the killed run").containsExactly("participation.csv");
        assertThat(runLogs()).as("a killed run writes no log").isEmpty();

        int exitCode = nightly();

        // then: the same database, everything filed, the pack written, the log says what was resumed
        assertThat(exitCode).isEqualTo(ExitCodes.SUCCESS);
        assertThat(jdbc.queryForMap(DatabaseTestSupport.OBSERVATION_FINGERPRINT)).isEqualTo(observationsReference);
        assertThat(jdbc.queryForMap(LEGAL_FINGERPRINT)).isEqualTo(legalReference);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM observation_revision", Long.class)).isZero();
        assertThat(namesIn(inbox.resolve(Inbox.WORKING))).isEmpty();
        assertThat(namesIn(inbox.resolve(Inbox.PROCESSED))).containsExactly("participation.csv", "statistics.csv");
        DocumentContext log = lastRunLog();
        assertThat(log.read("$.files[0].file", String.class)).isEqualTo("statistics.csv");
        assertThat(log.read("$.files[0].resumed", Boolean.class)).isTrue();
        assertThat(log.read("$.files[0].read", Long.class)).as("the summary covers the whole file").isEqualTo(rows);
        assertThat(log.read("$.files[0].imported", Long.class)).isEqualTo(rows);
        assertThat(log.read("$.files[1].resumed", Boolean.class)).isFalse();
        assertThat(log.read("$.pack.written", Boolean.class)).isTrue();
        for (String name : PACK) {
            assertThat(out.resolve(name)).isNotEmptyFile();
        }
    }

    @Test
    void twoRunsStartedAtOnceDoTheWorkOnceTheSecondExitsWithTheLockCode() throws Exception {
        // given
        long rows = volume(inbox);
        // when: two processes start together
        List<Process> children = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            children.add(ChildSalw.start(dataSource, dir.resolve("child-" + i + ".log"), "nightly", "--inbox",
                    inbox.toString(), "--out", out.toString()));
        }
        List<Integer> exitCodes = new ArrayList<>();
        for (Process child : children) {
            assertThat(child.waitFor(5, TimeUnit.MINUTES)).as("the child finished").isTrue();
            exitCodes.add(child.exitValue());
        }
        // then: one ran, one stopped at the lock; every row counted once
        assertThat(exitCodes).containsExactlyInAnyOrder(ExitCodes.SUCCESS, ExitCodes.LOCKED);
        String lockedLog = Files.readString(dir.resolve("child-" + (exitCodes.indexOf(ExitCodes.LOCKED) + 1) + ".log"));
        assertThat(lockedLog).contains("another run holds the lock on the inbox").contains("exit code 5");
        assertThat(observations()).isEqualTo(rows);
        assertThat(namesIn(inbox.resolve(Inbox.PROCESSED))).containsExactly("participation.csv", "statistics.csv");
        List<DocumentContext> logs = new ArrayList<>();
        for (Path file : runLogs()) {
            logs.add(json(file));
        }
        assertThat(logs).hasSize(2);
        assertThat(logs.stream().map(log -> log.read("$.lock", String.class)))
                .containsExactlyInAnyOrder("ACQUIRED", "HELD_ON_INBOX");
        assertThat(logs.stream().mapToLong(log -> log.read("$.totals.imported", Long.class)).sum())
                .isEqualTo(rows + 17);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM batch_job_execution e JOIN batch_job_execution_params p"
                + " ON p.job_execution_id = e.job_execution_id WHERE p.parameter_name = 'file'"
                + " AND p.parameter_value = ?", Long.class, inbox.resolve("working/statistics.csv").toString()))
                .as("one job for the file").isOne();
    }

    private void deletePack() throws IOException {
        if (Files.exists(out)) {
            try (Stream<Path> files = Files.walk(out)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    @Test
    void aMissingInboxIsAUsageError() throws Exception {
        // given
        NightlyCommand command = new NightlyCommand();
        new CommandLine(command).parseArgs("--inbox", dir.resolve("nowhere").toString(), "--out", out.toString());
        // when
        int exitCode = command.run(() -> context, false, print(stdout), print(stderr));
        // then
        assertThat(exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("--inbox").contains("no such folder");
    }
}
