package org.salwmonitor.batch.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.springframework.batch.core.job.JobExecution;

/**
 * What every file import does before and after its job: read the header of a sniffed text file, refuse a
 * file without data rows, count its lines for the progress line, turn the sniffer's findings into notices,
 * and say why a job failed.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /** Returns the upper-case, stripped column names of a text file's header line, or an empty list. */
    public static List<String> headerColumns(TextFileSniffer.Sniffed sniffed) {
        CSVFormat csv = CSVFormat.DEFAULT.builder().setDelimiter(sniffed.delimiter()).get();
        try (CSVParser parser = CSVParser.parse(sniffed.headerLine(), csv)) {
            return parser.getRecords().stream().findFirst()
                    .map(record -> record.stream().map(name -> name.strip().toUpperCase(Locale.ROOT)).toList())
                    .orElse(List.of());
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    /**
     * Refuses a text file whose header is not followed by at least one non-blank line.
     *
     * @throws FileRefusedException with rule {@code NO_DATA_ROWS}
     */
    public static void requireDataRow(Path file, TextFileSniffer.Sniffed sniffed) {
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

    /** Counts line ends after the header: the row count the progress line estimates time left from. */
    public static long dataLines(Path file) {
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

    /** The notices of how a text file was read: BOM, encoding, line ends, delimiter. */
    public static List<String> noticesOf(TextFileSniffer.Sniffed sniffed) {
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

    /** The innermost cause of each failure of an execution: what went wrong, without the stack. */
    public static String failureOf(JobExecution execution) {
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

    /** Where the rejects of an import go: the path given, else {@code FILE.rejects.csv} next to the input. */
    public static Path rejectsPath(Path file, Path given) {
        return given != null ? given : file.resolveSibling(file.getFileName() + ".rejects.csv");
    }
}
