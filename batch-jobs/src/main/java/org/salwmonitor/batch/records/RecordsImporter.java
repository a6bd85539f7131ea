package org.salwmonitor.batch.records;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.stereotype.Service;

import org.salwmonitor.batch.shared.FileRefusedException;
import org.salwmonitor.batch.shared.ImportCounts;
import org.salwmonitor.batch.shared.ImportResult;
import org.salwmonitor.batch.shared.InputFiles;
import org.salwmonitor.batch.shared.JobRunner;
import org.salwmonitor.batch.shared.RejectsFile;
import org.salwmonitor.batch.shared.RowReject;
import org.salwmonitor.batch.shared.SourceFiles;
import org.salwmonitor.batch.shared.TextFileSniffer;
import org.salwmonitor.batch.shared.XlsxRowReader;

/**
 * Imports case-record files ({@code docs/formats.md} §6): tells each file's kind from its header (CSV or
 * {@code .xlsx}), refuses unreadable files as a whole, and loads the rest in dependency order (events, items,
 * tracing requests, then lost-or-stolen reports), each by a run of the records job with the guarantees of
 * the statistics import: rejects with reasons, dry run, strict, idempotent re-import, resumption after a kill.
 *
 * <p>A dry run writes nothing; within one command a dry run of items checks {@code EVENT_ID} against the
 * events of the same dry run (and tracing requests against its items), so a first submission of related
 * files can be checked together.
 */
@Service
public class RecordsImporter {

    private final Job importRecordsJob;
    private final JobRunner jobRunner;
    private final RejectsFile rejectsFile;
    private final RecordStore recordStore;
    private final PseudonymKey pseudonymKey;

    public RecordsImporter(Job importRecordsJob, JobRunner jobRunner, RejectsFile rejectsFile, RecordStore recordStore,
                           PseudonymKey pseudonymKey) {
        this.importRecordsJob = importRecordsJob;
        this.jobRunner = jobRunner;
        this.rejectsFile = rejectsFile;
        this.recordStore = recordStore;
        this.pseudonymKey = pseudonymKey;
    }

    /** Options of one import command. */
    public record Options(Charset encoding, Path rejects, boolean dryRun, boolean strict) {
        /** Defaults: detect the encoding, rejects next to each input, write, not strict. */
        public static Options defaults() {
            return new Options(null, null, false, false);
        }
    }

    /** A readable file with its kind, ready to import. */
    private record Prepared(Path file, TextFileSniffer.Sniffed sniffed, RecordKind kind, List<String> notices) {
    }

    /**
     * Imports one file.
     *
     * @return the result; never throws for a bad file, only for failures of the machinery
     * @throws PseudonymKey.PseudonymKeyException if it is an events file and the pseudonym key is misconfigured
     */
    public ImportResult importFile(Path file, Options options) throws Exception {
        return importFiles(List.of(file), options, result -> { }).get(0);
    }

    /**
     * Imports files in dependency order: refused files first (in the order given), then events, items,
     * tracing requests and lost-or-stolen reports.
     *
     * @param files    the files, of any kinds, in any order
     * @param options  the options; {@code rejects} only with a single file
     * @param done     told of each result as soon as it is known
     * @return the results, in the order the files were imported
     * @throws PseudonymKey.PseudonymKeyException if there is an events file and the pseudonym key is
     *         misconfigured; nothing is imported then
     */
    public List<ImportResult> importFiles(List<Path> files, Options options, Consumer<ImportResult> done)
            throws Exception {
        List<ImportResult> results = new ArrayList<>();
        List<Prepared> prepared = new ArrayList<>();
        for (Path file : files) {
            Path absolute = file.toAbsolutePath().normalize();
            try {
                prepared.add(prepare(absolute, options.encoding()));
            } catch (FileRefusedException e) {
                ImportResult refused = ImportResult.refused(absolute, e.rule(), e.reason(), List.of(), options.dryRun());
                results.add(refused);
                done.accept(refused);
            }
        }
        prepared.sort(Comparator.comparing(Prepared::kind, RecordKind.LOAD_ORDER));
        if (prepared.stream().anyMatch(p -> p.kind() == RecordKind.EVENTS)) {
            pseudonymKey.key(); // a configuration error stops the command before anything is read
        }
        Map<RecordKind, List<Long>> dryRuns = new EnumMap<>(RecordKind.class);
        try {
            for (Prepared file : prepared) {
                List<Long> known = switch (file.kind()) {
                    case ITEMS -> dryRuns.getOrDefault(RecordKind.EVENTS, List.of());
                    case TRACING_REQUESTS -> dryRuns.getOrDefault(RecordKind.ITEMS, List.of());
                    default -> List.of();
                };
                Ran ran = importPrepared(file, options, known);
                if (options.dryRun() && ran.instanceId() != null) {
                    dryRuns.computeIfAbsent(file.kind(), kind -> new ArrayList<>()).add(ran.instanceId());
                }
                ImportResult result = ran.result();
                results.add(result);
                done.accept(result);
            }
        } finally {
            dryRuns.values().forEach(instances -> instances.forEach(recordStore::clearStage));
        }
        return results;
    }

    /** What a run of the job gave, and its job instance (null when no job ran). */
    private record Ran(ImportResult result, Long instanceId) {
    }

    private static Prepared prepare(Path file, Charset encoding) {
        TextFileSniffer.Sniffed sniffed = TextFileSniffer.sniff(file, encoding);
        List<String> notices = new ArrayList<>();
        RecordKind kind;
        if (sniffed.spreadsheet()) {
            XlsxRowReader.Peek peek = XlsxRowReader.peek(file);
            kind = RecordKind.of(file, peek.header());
            if (!peek.hasDataRow()) {
                throw new FileRefusedException(file, "NO_DATA_ROWS", "sheet '" + peek.sheetName()
                        + "' has a header but no data rows; a submission without rows is refused");
            }
            notices.add("XLSX_SHEET: read sheet '" + peek.sheetName() + "', header in row " + peek.headerRow());
        } else {
            kind = RecordKind.of(file, InputFiles.headerColumns(sniffed));
            InputFiles.requireDataRow(file, sniffed);
            notices.addAll(InputFiles.noticesOf(sniffed));
        }
        return new Prepared(file, sniffed, kind, notices);
    }

    private Ran importPrepared(Prepared file, Options options, List<Long> known) throws Exception {
        Path rejects = InputFiles.rejectsPath(file.file(), options.rejects());
        if (options.strict() && !options.dryRun()) {
            Ran check = run(file, rejects, true, List.of());
            recordStore.clearStage(check.instanceId());
            if (check.result().counts().rejected() > 0) {
                return new Ran(ImportResult.strictRefusal(check.result(), file.notices()), null);
            }
        }
        return run(file, rejects, options.dryRun(), known);
    }

    private Ran run(Prepared prepared, Path rejects, boolean dryRun, List<Long> known) throws Exception {
        Path file = prepared.file();
        boolean xlsx = prepared.sniffed().spreadsheet();
        String sha256 = SourceFiles.sha256(file);
        // a workbook's text is Unicode in XML parts; its job reads the sheet, not a character stream
        String encoding = xlsx ? "UTF-8" : prepared.sniffed().charset().name();
        JobParameters parameters = new JobParametersBuilder()
                .addString("file", file.toString(), true)
                .addString("sha256", sha256, true)
                .addString("dryRun", Boolean.toString(dryRun), true)
                .addString("kind", prepared.kind().name(), false)
                .addString("xlsx", Boolean.toString(xlsx), false)
                .addString("encoding", encoding, false)
                .addString("rejects", rejects.toString(), false)
                .addString("knownInstances", known.stream().map(String::valueOf).collect(Collectors.joining(",")), false)
                .addLong("expectedRows", xlsx ? 0L : InputFiles.dataLines(file), false)
                .toJobParameters();
        JobExecution execution = jobRunner.run(importRecordsJob, "records:" + file + ":" + sha256,
                p -> file.toString().equals(p.getString("file")) && sha256.equals(p.getString("sha256"))
                        && Boolean.toString(dryRun).equals(p.getString("dryRun")),
                parameters);
        long instanceId = execution.getJobInstanceId();
        ImportCounts counts = ImportCounts.of(execution, ImportRecordsJobConfiguration.LOAD_STEP);
        List<RowReject> rowRejects = rejectsFile.rejectsOf(instanceId);
        List<String> notices = new ArrayList<>(prepared.notices());
        rejectsFile.noticesOf(instanceId).forEach(notice -> notices.add(notice.rule() + ": line " + notice.line()
                + ", " + notice.column() + ": " + notice.message()));
        if (dryRun) {
            rejectsFile.forget(instanceId); // a dry run leaves nothing behind in the database
        }
        ImportResult.Outcome outcome = ImportResult.Outcome.of(execution, counts);
        String failure = outcome == ImportResult.Outcome.FAILED ? InputFiles.failureOf(execution) : null;
        return new Ran(new ImportResult(file, outcome, prepared.kind().name() + (xlsx ? "_XLSX" : ""), encoding, counts,
                rowRejects, counts.rejected() > 0 ? rejects : null, notices, failure, execution.getId(), dryRun),
                instanceId);
    }
}
