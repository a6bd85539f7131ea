package org.salwmonitor.batch.cli;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.salwmonitor.batch.legal.LegalImporter;
import org.salwmonitor.batch.records.PseudonymKey;
import org.salwmonitor.batch.records.RecordsImporter;
import org.salwmonitor.batch.shared.ExitCodes;
import org.salwmonitor.batch.shared.ImportResult;
import org.salwmonitor.batch.shared.Json;
import org.salwmonitor.batch.shared.RowReject;
import org.salwmonitor.batch.statistics.StatisticsImporter;

/** {@code salw import ...}: loads files into the database. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Load files into the database.",
        subcommands = {ImportCommand.Statistics.class, ImportCommand.Legal.class, ImportCommand.Records.class})
public class ImportCommand implements Runnable {

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                "say what to import: salw import statistics FILE...");
    }

    /** {@code salw import statistics FILE...}. */
    @Command(name = "statistics", mixinStandardHelpOptions = true,
            description = {"Load national statistics: the project template (docs/formats.md) as CSV or .xlsx workbook,",
                "or SDMX-CSV 1.0 or 2.0.",
                "Every row is validated; bad rows are rejected with file, line, column, value and rule into a",
                "rejects file and the database, and good rows still load (unless --strict). Importing the same",
                "file again changes nothing; a changed value is kept as a revision. A killed import resumes",
                "when the same command is run again."})
    public static class Statistics implements Callable<Integer> {

        @Mixin
        Common common;

        @Option(names = "--encoding", paramLabel = "CHARSET",
                description = "Text encoding, e.g. UTF-8 or windows-1251 (default: detected)")
        String encoding;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
                description = "auto (default: told from the content), template, sdmx-csv-1, sdmx-csv-2, xlsx")
        String format;

        @Override
        public Integer call() throws Exception {
            Charset charset;
            try {
                charset = encoding == null ? null : Charset.forName(encoding);
            } catch (IllegalArgumentException e) {
                System.err.println("salw: --encoding: unknown character set '" + encoding + "'");
                return ExitCodes.USAGE;
            }
            String expectedFormat = expectedFormat(format);
            if (expectedFormat == null) {
                System.err.println("salw: --format must be auto, template, sdmx-csv-1, sdmx-csv-2 or xlsx, was '" + format
                        + "'");
                return ExitCodes.USAGE;
            }
            return common.importEach((context, file) -> {
                ImportResult result = context.getBean(StatisticsImporter.class).importFile(file,
                        new StatisticsImporter.Options(charset, common.rejects, common.dryRun, common.strict));
                if (!expectedFormat.isEmpty() && result.format() != null && !expectedFormat.equals(result.format())) {
                    System.err.println("salw: " + file + ": --format says " + format + " but the content is "
                            + result.format());
                }
                return result;
            });
        }

        private static String expectedFormat(String format) {
            return switch (format.toLowerCase(java.util.Locale.ROOT)) {
                case "auto" -> "";
                case "template" -> "TEMPLATE";
                case "sdmx-csv-1" -> "SDMX_CSV_1";
                case "sdmx-csv-2" -> "SDMX_CSV_2";
                case "xlsx" -> "XLSX";
                default -> null;
            };
        }
    }

    /** {@code salw import legal FILE...}. */
    @Command(name = "legal", mixinStandardHelpOptions = true,
            description = {"Load states' participation in instruments (STATE,INSTRUMENT,ACTION,DATE,SOURCE,…) or their",
                "report submissions (STATE,OBLIGATION,CYCLE,DATE_RECEIVED,…), told apart by the header",
                "(docs/formats.md §4–5). Same validation, rejects, summary and idempotence as statistics."})
    public static class Legal implements Callable<Integer> {

        @Mixin
        Common common;

        @Override
        public Integer call() throws Exception {
            return common.importEach((context, file) -> context.getBean(LegalImporter.class)
                    .importFile(file, common.rejects, common.dryRun, common.strict));
        }
    }

    /** {@code salw import records FILE...}. */
    @Command(name = "records", mixinStandardHelpOptions = true,
            description = {"Load case records (docs/formats.md §6): events, items, tracing requests and",
                "lost-or-stolen reports, CSV or .xlsx, told apart by their headers and loaded",
                "in that order. Each PERSON_REFS identifier is replaced by a keyed hash; the key",
                "is $SALW_PSEUDONYM_KEY, else the file salw.pseudonym.key-file names, else",
                "pseudonym.key in the home folder (created on first use). A name in PERSON_REFS",
                "or in a text field rejects the row and is never repeated. Same validation,",
                "rejects, summary, idempotence and resumption as statistics."})
    public static class Records implements Callable<Integer> {

        @Mixin
        Common common;

        @Option(names = "--encoding", paramLabel = "CHARSET",
                description = "Text encoding, e.g. UTF-8 or windows-1251 (default: detected)")
        String encoding;

        @Override
        public Integer call() throws Exception {
            Charset charset;
            try {
                charset = encoding == null ? null : Charset.forName(encoding);
            } catch (IllegalArgumentException e) {
                System.err.println("salw: --encoding: unknown character set '" + encoding + "'");
                return ExitCodes.USAGE;
            }
            RecordsImporter.Options options = new RecordsImporter.Options(charset, common.rejects, common.dryRun,
                    common.strict);
            try {
                return common.importAll((context, files, done) -> context.getBean(RecordsImporter.class)
                        .importFiles(files, options, done));
            } catch (PseudonymKey.PseudonymKeyException e) {
                System.err.println("salw: " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
    }

    /** Imports one file with the application's beans. */
    @FunctionalInterface
    interface FileImport {
        ImportResult run(ConfigurableApplicationContext context, Path file) throws Exception;
    }

    /** Imports several files with the application's beans, telling {@code done} of each result. */
    @FunctionalInterface
    interface FilesImport {
        List<ImportResult> run(ConfigurableApplicationContext context, List<Path> files,
                               java.util.function.Consumer<ImportResult> done) throws Exception;
    }

    /** The files and options every import command has, and the loop that imports the files one by one. */
    static class Common {

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to import")
        List<Path> files;

        @Option(names = "--rejects", paramLabel = "FILE",
                description = "Where to write rejected rows (default: FILE.rejects.csv next to the input;"
                        + " only with a single input)")
        Path rejects;

        @Option(names = "--dry-run", description = "Validate and report the summary; write nothing")
        boolean dryRun;

        @Option(names = "--strict", description = "All or nothing: a file with any rejected row loads nothing")
        boolean strict;

        @Option(names = "--json", description = "Print the summary as JSON on stdout")
        boolean json;

        @Mixin
        DatabaseOptions database;

        int importEach(FileImport fileImport) throws Exception {
            return importAll((context, all, done) -> {
                List<ImportResult> results = new ArrayList<>();
                for (Path file : all) {
                    ImportResult result = fileImport.run(context, file);
                    results.add(result);
                    done.accept(result);
                }
                return results;
            });
        }

        int importAll(FilesImport filesImport) throws Exception {
            if (rejects != null && files.size() > 1) {
                System.err.println("salw: --rejects names one file; give it with a single input");
                return ExitCodes.USAGE;
            }
            for (Path file : files) {
                if (!java.nio.file.Files.isRegularFile(file) || !java.nio.file.Files.isReadable(file)) {
                    System.err.println("salw: " + file + ": no such readable file");
                    return ExitCodes.USAGE;
                }
            }
            List<ImportResult> results;
            try (ConfigurableApplicationContext context = Contexts.start(database)) {
                results = filesImport.run(context, files, result -> {
                    if (!json) {
                        print(result, System.out);
                    }
                });
            }
            if (json) {
                System.out.println(Json.write(results.size() == 1 ? toJson(results.get(0))
                        : results.stream().map(ImportCommand::toJson).toList()));
            }
            return worst(results);
        }
    }

    /** The exit code for several files: failure, then refusal, then rejects, then success. */
    static int worst(List<ImportResult> results) {
        int[] severity = {ExitCodes.FAILURE, ExitCodes.REFUSED, ExitCodes.REJECTED_ROWS};
        for (int code : severity) {
            if (results.stream().anyMatch(result -> result.exitCode() == code)) {
                return code;
            }
        }
        return ExitCodes.SUCCESS;
    }

    /** Prints the summary of one import for people. */
    static void print(ImportResult result, PrintStream out) {
        out.println(result.file().getFileName() + (result.dryRun() ? " (dry run: nothing written)" : "") + ": "
                + result.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + (result.format() == null ? "" : " [" + result.format() + ", " + result.encoding() + "]"));
        if (result.refusal() != null) {
            out.println("  " + result.refusal());
        }
        var counts = result.counts();
        if (result.jobExecutionId() != null) {
            out.println("  read " + counts.read() + ", imported " + counts.imported() + ", updated " + counts.updated()
                    + ", unchanged " + counts.unchanged() + ", deleted " + counts.deleted() + ", rejected "
                    + counts.rejected() + "  (job execution " + result.jobExecutionId() + ")");
        }
        for (String notice : result.notices()) {
            out.println("  notice: " + notice);
        }
        List<RowReject> rejects = result.rejects();
        int shown = Math.min(rejects.size(), 10);
        for (int i = 0; i < shown; i++) {
            out.println("  rejected: " + rejects.get(i));
        }
        if (rejects.size() > shown) {
            out.println("  … and " + (rejects.size() - shown) + " more");
        }
        if (result.rejectsFile() != null) {
            out.println("  rejects file: " + result.rejectsFile());
        }
    }

    static Map<String, Object> toJson(ImportResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", result.file().toString());
        json.put("outcome", result.outcome().name());
        json.put("dryRun", result.dryRun());
        json.put("format", result.format());
        json.put("encoding", result.encoding());
        json.put("read", result.counts().read());
        json.put("imported", result.counts().imported());
        json.put("updated", result.counts().updated());
        json.put("unchanged", result.counts().unchanged());
        json.put("deleted", result.counts().deleted());
        json.put("rejected", result.counts().rejected());
        json.put("refusal", result.refusal());
        json.put("notices", result.notices());
        json.put("rejectsFile", result.rejectsFile() == null ? null : result.rejectsFile().toString());
        json.put("jobExecutionId", result.jobExecutionId());
        json.put("rejects", result.rejects().stream().map(reject -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("line", reject.line());
            row.put("column", reject.column());
            row.put("value", reject.value());
            row.put("rule", reject.rule());
            row.put("message", reject.message());
            return row;
        }).toList());
        return json;
    }
}
