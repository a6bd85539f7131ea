package org.salwmonitor.batch.statistics;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
                InputFiles.requireDataRow(absolute, sniffed);
            }
        } catch (FileRefusedException e) {
            return ImportResult.refused(absolute, e.rule(), e.reason(), List.of(), options.dryRun());
        }
        if (!sniffed.spreadsheet()) {
            notices.addAll(InputFiles.noticesOf(sniffed));
        }
        Path rejects = InputFiles.rejectsPath(absolute, options.rejects());

        if (options.strict() && !options.dryRun()) {
            ImportResult check = run(absolute, sniffed, format, rejects, true, notices);
            if (check.counts().rejected() > 0) {
                return ImportResult.strictRefusal(check, notices);
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
                .addLong("expectedRows", format == Format.XLSX ? 0L : InputFiles.dataLines(file), false)
                .toJobParameters();
        JobExecution execution = jobRunner.run(importStatisticsJob, "statistics:" + file + ":" + sha256,
                p -> file.toString().equals(p.getString("file")) && sha256.equals(p.getString("sha256"))
                        && Boolean.toString(dryRun).equals(p.getString("dryRun")),
                parameters);
        ImportCounts counts = ImportCounts.of(execution, "loadStatistics");
        List<RowReject> rowRejects = dryRun ? List.of() : rejectsFile.rejectsOf(execution.getJobInstanceId());
        List<String> allNotices = new ArrayList<>(notices);
        if (!dryRun) {
            rejectsFile.noticesOf(execution.getJobInstanceId()).forEach(notice -> allNotices.add(notice.rule() + ": line "
                    + notice.line() + ", " + notice.column() + ": " + notice.message()));
        }
        ImportResult.Outcome outcome = ImportResult.Outcome.of(execution, counts);
        String failure = outcome == ImportResult.Outcome.FAILED ? InputFiles.failureOf(execution) : null;
        return new ImportResult(file, outcome, format.name(), encoding, counts, rowRejects,
                counts.rejected() > 0 ? rejects : null, allNotices, failure, execution.getId(), dryRun);
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
        return formatOf(file, InputFiles.headerColumns(sniffed));
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
}
