package org.salwmonitor.batch.legal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Service;

import org.salwmonitor.batch.shared.FileRefusedException;
import org.salwmonitor.batch.shared.ImportCounts;
import org.salwmonitor.batch.shared.ImportResult;
import org.salwmonitor.batch.shared.JobRunner;
import org.salwmonitor.batch.shared.RejectsFile;
import org.salwmonitor.batch.shared.RowReject;
import org.salwmonitor.batch.shared.SourceFiles;
import org.salwmonitor.batch.shared.TextFileSniffer;

/**
 * Imports one legal file (participation in instruments, or report submissions; told apart by the header)
 * with the same guarantees as the statistics import: rows validated with reasons, rejects file,
 * summary, dry run, strict, idempotent re-import.
 */
@Service
public class LegalImporter {

    /** The columns a participation file and a submissions file must have, in any order. */
    public static final List<List<String>> REQUIRED_COLUMNS = List.of(LegalRowValidator.Kind.PARTICIPATION.required,
            LegalRowValidator.Kind.SUBMISSIONS.required);

    private final Job importLegalJob;
    private final JobRunner jobRunner;
    private final RejectsFile rejectsFile;

    public LegalImporter(Job importLegalJob, JobRunner jobRunner, RejectsFile rejectsFile) {
        this.importLegalJob = importLegalJob;
        this.jobRunner = jobRunner;
        this.rejectsFile = rejectsFile;
    }

    /**
     * Imports a file.
     *
     * @param rejects  where to write the rejects, or null for FILE.rejects.csv next to the input
     */
    public ImportResult importFile(Path file, Path rejects, boolean dryRun, boolean strict) throws Exception {
        Path absolute = file.toAbsolutePath().normalize();
        TextFileSniffer.Sniffed sniffed;
        LegalRowValidator.Kind kind;
        try {
            sniffed = TextFileSniffer.sniff(absolute, null);
            if (sniffed.spreadsheet()) {
                throw new FileRefusedException(absolute, "FORMAT_UNSUPPORTED",
                        "legal files are read as CSV; save the sheet as CSV (UTF-8)");
            }
            kind = kindOf(absolute, sniffed);
        } catch (FileRefusedException e) {
            return ImportResult.refused(absolute, e.rule(), e.reason(), List.of(), dryRun);
        }
        Path rejectsPath = rejects != null ? rejects : absolute.resolveSibling(absolute.getFileName() + ".rejects.csv");
        if (strict && !dryRun) {
            ImportResult check = run(absolute, sniffed, kind, rejectsPath, true);
            if (check.counts().rejected() > 0) {
                return new ImportResult(absolute, ImportResult.Outcome.REFUSED, kind.name(), check.encoding(),
                        check.counts(), check.rejects(), check.rejectsFile(), List.of(),
                        "STRICT: " + check.counts().rejected() + " rows rejected; with --strict nothing is loaded",
                        check.jobExecutionId(), false);
            }
        }
        return run(absolute, sniffed, kind, rejectsPath, dryRun);
    }

    private ImportResult run(Path file, TextFileSniffer.Sniffed sniffed, LegalRowValidator.Kind kind, Path rejects,
                             boolean dryRun) throws Exception {
        String sha256 = SourceFiles.sha256(file);
        JobParameters parameters = new JobParametersBuilder()
                .addString("file", file.toString(), true)
                .addString("sha256", sha256, true)
                .addString("dryRun", Boolean.toString(dryRun), true)
                .addString("kind", kind.name(), false)
                .addString("encoding", sniffed.charset().name(), false)
                .addString("rejects", rejects.toString(), false)
                .toJobParameters();
        JobExecution execution = jobRunner.run(importLegalJob, "legal:" + file + ":" + sha256,
                p -> file.toString().equals(p.getString("file")) && sha256.equals(p.getString("sha256"))
                        && Boolean.toString(dryRun).equals(p.getString("dryRun")),
                parameters);
        ImportCounts counts = execution.getStepExecutions().stream().map(StepExecution::getExecutionContext)
                .map(ImportCounts::from).findFirst().orElse(ImportCounts.ZERO);
        List<RowReject> rowRejects = rejectsFile.rejectsOf(execution.getJobInstanceId());
        if (dryRun) {
            rejectsFile.forget(execution.getJobInstanceId());
        }
        ImportResult.Outcome outcome = execution.getStatus() != BatchStatus.COMPLETED ? ImportResult.Outcome.FAILED
                : counts.rejected() > 0 ? ImportResult.Outcome.IMPORTED_WITH_REJECTS : ImportResult.Outcome.IMPORTED;
        List<String> notices = new ArrayList<>();
        if (!sniffed.charset().name().equals("UTF-8")) {
            notices.add("ENCODING_" + sniffed.charset().name().toUpperCase(Locale.ROOT).replace('-', '_')
                    + ": the file was read as " + sniffed.charset().name());
        }
        String failure = outcome == ImportResult.Outcome.FAILED
                ? "FAILED: " + execution.getExitStatus().getExitDescription() : null;
        return new ImportResult(file, outcome, kind.name(), sniffed.charset().name(), counts, rowRejects,
                counts.rejected() > 0 ? rejects : null, notices, failure, execution.getId(), dryRun);
    }

    private static LegalRowValidator.Kind kindOf(Path file, TextFileSniffer.Sniffed sniffed) {
        List<String> header = List.of();
        try (CSVParser parser = CSVParser.parse(sniffed.headerLine(),
                CSVFormat.DEFAULT.builder().setDelimiter(sniffed.delimiter()).get())) {
            header = parser.getRecords().get(0).stream().map(name -> name.strip().toUpperCase(Locale.ROOT)).toList();
        } catch (Exception e) {
            // an unparseable header is reported below as not a legal header
        }
        for (LegalRowValidator.Kind kind : LegalRowValidator.Kind.values()) {
            Set<String> missing = new LinkedHashSet<>(kind.required);
            missing.removeAll(header);
            if (missing.isEmpty()) {
                return kind;
            }
        }
        throw new FileRefusedException(file, "HEADER_MISSING", "line 1 is not a legal header: a participation file"
                + " starts with " + String.join(",", LegalRowValidator.Kind.PARTICIPATION.required)
                + ",… and a submissions file with " + String.join(",", LegalRowValidator.Kind.SUBMISSIONS.required)
                + ",… (see docs/formats.md)");
    }
}
