package org.salwmonitor.batch.statistics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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
import org.salwmonitor.batch.shared.XlsxRowReader;

/**
 * Imports one statistics file: refuses unreadable files as a whole, recognises the format from the
 * header (project template, SDMX-CSV 1.0 or 2.0), then runs or resumes the import job and returns
 * the summary. With {@code strict}, a file with any rejected row loads nothing.
 */
@Service
public class StatisticsImporter {

    /** Columns every statistics file must have, in any order. */
    public static final List<String> REQUIRED_COLUMNS = List.of("REF_AREA", "TIME_PERIOD", "INDICATOR", "EVENT",
            "ITEM_CLASS", "WEAPON_TYPE", "CONTEXT", "UNIT_MEASURE", "OBS_VALUE");
    private final Job importStatisticsJob;
    private final JobRunner jobRunner;
    private final RejectsFile rejectsFile;

    public StatisticsImporter(Job importStatisticsJob, JobRunner jobRunner, RejectsFile rejectsFile) {
        this.importStatisticsJob = importStatisticsJob;
        this.jobRunner = jobRunner;
        this.rejectsFile = rejectsFile;
    }

    /** Options of one import. */
    public record Options(Charset encoding, Path rejects, boolean dryRun, boolean strict) {
        /** Defaults: detect the encoding, rejects next to the input, write, not strict. */
        public static Options defaults() {
            return new Options(null, null, false, false);
        }
    }

    /** The formats of statistics files. */
    public enum Format {
        /** The project's import template ({@code docs/formats.md}). */
        TEMPLATE,
        /** SDMX-CSV 1.0: first column DATAFLOW. */
        SDMX_CSV_1,
        /** SDMX-CSV 2.0: first columns STRUCTURE, STRUCTURE_ID, ACTION. */
        SDMX_CSV_2,
        /** An Excel workbook ({@code .xlsx}) whose sheet holds the template's columns. */
        XLSX
    }

    /**
     * Imports a file.
     *
     * @return the result; never throws for a bad file, only for failures of the machinery
     */
    public ImportResult importFile(Path file, Options options) throws Exception {
        Path absolute = file.toAbsolutePath().normalize();
        TextFileSniffer.Sniffed sniffed;
        Format format;
        List<String> notices = new ArrayList<>();
        try {
            sniffed = TextFileSniffer.sniff(absolute, options.encoding());
            if (sniffed.spreadsheet()) {
                format = workbookFormatOf(absolute, notices);
            } else {
                format = formatOf(absolute, sniffed);
                requireDataRow(absolute, sniffed);
            }
        } catch (FileRefusedException e) {
            return ImportResult.refused(absolute, e.rule(), e.reason(), List.of(), options.dryRun());
        }
        if (!sniffed.spreadsheet()) {
            notices.addAll(noticesOf(sniffed));
        }
        Path rejects = options.rejects() != null ? options.rejects()
                : absolute.resolveSibling(absolute.getFileName() + ".rejects.csv");

        if (options.strict() && !options.dryRun()) {
            ImportResult check = run(absolute, sniffed, format, rejects, true, notices);
            if (check.counts().rejected() > 0) {
                return new ImportResult(absolute, ImportResult.Outcome.REFUSED, format.name(), check.encoding(),
                        check.counts(), check.rejects(), check.rejectsFile(), notices,
                        "STRICT: " + check.counts().rejected() + " rows rejected; with --strict nothing is loaded",
                        check.jobExecutionId(), false);
            }
        }
        return run(absolute, sniffed, format, rejects, options.dryRun(), notices);
    }

    private ImportResult run(Path file, TextFileSniffer.Sniffed sniffed, Format format, Path rejects, boolean dryRun,
                             List<String> notices) throws Exception {
        String sha256 = SourceFiles.sha256(file);
        // a workbook's text is Unicode in XML parts; its job reads the sheet, not a character stream
        String encoding = sniffed.spreadsheet() ? "UTF-8" : sniffed.charset().name();
        JobParameters parameters = new JobParametersBuilder()
                .addString("file", file.toString(), true)
                .addString("sha256", sha256, true)
                .addString("dryRun", Boolean.toString(dryRun), true)
                .addString("encoding", encoding, false)
                .addString("format", format.name(), false)
                .addString("rejects", rejects.toString(), false)
                .addLong("expectedRows", format == Format.XLSX ? 0L : dataLines(file), false)
                .toJobParameters();
        JobExecution execution = jobRunner.run(importStatisticsJob, "statistics:" + file + ":" + sha256,
                p -> file.toString().equals(p.getString("file")) && sha256.equals(p.getString("sha256"))
                        && Boolean.toString(dryRun).equals(p.getString("dryRun")),
                parameters);
        ImportCounts counts = execution.getStepExecutions().stream()
                .filter(step -> step.getStepName().equals("loadStatistics"))
                .map(StepExecution::getExecutionContext).map(ImportCounts::from)
                .findFirst().orElse(ImportCounts.ZERO);
        List<RowReject> rowRejects = dryRun ? List.of() : rejectsFile.rejectsOf(execution.getJobInstanceId());
        List<String> allNotices = new ArrayList<>(notices);
        if (!dryRun) {
            rejectsFile.noticesOf(execution.getJobInstanceId()).forEach(notice -> allNotices.add(notice.rule() + ": line "
                    + notice.line() + ", " + notice.column() + ": " + notice.message()));
        }
        ImportResult.Outcome outcome;
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            outcome = ImportResult.Outcome.FAILED;
        } else {
            outcome = counts.rejected() > 0 ? ImportResult.Outcome.IMPORTED_WITH_REJECTS : ImportResult.Outcome.IMPORTED;
        }
        String failure = outcome == ImportResult.Outcome.FAILED ? failureOf(execution) : null;
        return new ImportResult(file, outcome, format.name(), encoding, counts, rowRejects,
                counts.rejected() > 0 ? rejects : null, allNotices, failure, execution.getId(), dryRun);
    }

    /** Counts line ends after the header: the row count the progress line estimates time left from. */
    private static long dataLines(Path file) {
        try (var in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long lines = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
            return Math.max(0, lines - 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The innermost cause of each failure of an execution: what went wrong, without the stack. */
    private static String failureOf(JobExecution execution) {
        List<String> causes = new ArrayList<>();
        for (Throwable failure : execution.getAllFailureExceptions()) {
            Throwable cause = failure;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            causes.add(cause.getClass().getSimpleName() + ": " + cause.getMessage());
        }
        return "FAILED: " + (causes.isEmpty() ? execution.getExitStatus().getExitCode() : String.join("; ", causes))
                + " (run the same command again to resume)";
    }

    /** Checks the header of a workbook's sheet as that of a CSV file; refuses a sheet without data rows. */
    private static Format workbookFormatOf(Path file, List<String> notices) {
        XlsxRowReader.Peek peek = XlsxRowReader.peek(file);
        formatOf(file, peek.header());
        if (!peek.hasDataRow()) {
            throw new FileRefusedException(file, "NO_DATA_ROWS", "sheet '" + peek.sheetName()
                    + "' has a header but no data rows; a submission without rows is refused");
        }
        notices.add("XLSX_SHEET: read sheet '" + peek.sheetName() + "', header in row " + peek.headerRow());
        return Format.XLSX;
    }

    static Format formatOf(Path file, TextFileSniffer.Sniffed sniffed) {
        return formatOf(file, headerColumns(sniffed));
    }

    static Format formatOf(Path file, List<String> header) {
        Format format;
        if (!header.isEmpty() && header.get(0).equals("DATAFLOW")) {
            format = Format.SDMX_CSV_1;
        } else if (header.size() >= 3 && header.subList(0, 3).equals(List.of("STRUCTURE", "STRUCTURE_ID", "ACTION"))) {
            format = Format.SDMX_CSV_2;
        } else {
            format = Format.TEMPLATE;
        }
        Set<String> missing = new LinkedHashSet<>(REQUIRED_COLUMNS);
        missing.removeAll(header);
        if (missing.size() == REQUIRED_COLUMNS.size()) {
            throw new FileRefusedException(file, "HEADER_MISSING", "line 1 is not a header: a statistics file starts"
                    + " with the column names " + String.join(",", REQUIRED_COLUMNS) + ",… (see docs/formats.md)");
        }
        if (!missing.isEmpty()) {
            throw new FileRefusedException(file, "COLUMN_MISSING", "the header lacks the required column(s) "
                    + String.join(", ", missing));
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String column : header) {
            if (!seen.add(column)) {
                throw new FileRefusedException(file, "COLUMN_REPEATED", "the header names column " + column + " twice");
            }
        }
        return format;
    }

    private static List<String> headerColumns(TextFileSniffer.Sniffed sniffed) {
        CSVFormat csv = CSVFormat.DEFAULT.builder().setDelimiter(sniffed.delimiter()).get();
        try (CSVParser parser = CSVParser.parse(sniffed.headerLine(), csv)) {
            return parser.getRecords().stream().findFirst()
                    .map(record -> record.stream().map(name -> name.strip().toUpperCase(Locale.ROOT)).toList())
                    .orElse(List.of());
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    /** Refuses a file whose header is not followed by at least one non-blank line. */
    private static void requireDataRow(Path file, TextFileSniffer.Sniffed sniffed) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                sniffed.charset()))) {
            int nonBlank = 0;
            String line;
            while (nonBlank < 2 && (line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    nonBlank++;
                }
            }
            if (nonBlank < 2) {
                throw new FileRefusedException(file, "NO_DATA_ROWS",
                        "the file has a header but no data rows; a submission without rows is refused");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<String> noticesOf(TextFileSniffer.Sniffed sniffed) {
        List<String> notices = new ArrayList<>();
        if (sniffed.bom()) {
            notices.add("BOM_STRIPPED: the UTF-8 byte order mark was removed");
        }
        if (!Objects.equals(sniffed.charset(), StandardCharsets.UTF_8)) {
            notices.add("ENCODING_" + sniffed.charset().name().toUpperCase(Locale.ROOT).replace('-', '_')
                    + ": the file was read as " + sniffed.charset().name());
        }
        if (sniffed.crlf()) {
            notices.add("CRLF_ACCEPTED: lines end with CR LF");
        }
        if (sniffed.delimiter() == ';') {
            notices.add("DELIMITER_SEMICOLON: fields are separated by ';'");
        } else if (sniffed.delimiter() == '\t') {
            notices.add("DELIMITER_TAB: fields are separated by tabs");
        }
        return notices;
    }
}
