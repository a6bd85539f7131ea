package org.salwmonitor.batch.nightly;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.BeanFactory;

import org.salwmonitor.batch.legal.LegalImporter;
import org.salwmonitor.batch.records.RecordsImporter;
import org.salwmonitor.batch.shared.FileRefusedException;
import org.salwmonitor.batch.shared.ImportResult;
import org.salwmonitor.batch.shared.TextFileSniffer;
import org.salwmonitor.batch.shared.XlsxRowReader;
import org.salwmonitor.batch.statistics.StatisticsImporter;

/**
 * Tells what kind of file an inbox file is from its content (the header of a CSV file or of a
 * workbook's sheet), never from its name, and which importer takes it.
 *
 * <p>Each kind is one entry of {@link #KINDS}: its name, the headers that mark it (the columns a file of
 * the kind must have, in any order; a kind may have several, such as participation and submissions) and
 * the importer. Files are imported in the order of the entries and, within an entry, of its headers, so
 * a kind whose rows refer to another's comes after it.
 */
final class FileKinds {

    /** Files of a kind must have these columns; case records are four linked files, parents first. */
    private static final List<List<String>> CASE_RECORD_HEADERS = List.of(
            List.of("EVENT_ID", "REF_AREA", "EVENT_DATE", "EVENT", "AGENCY", "CASE_STAGE"),
            List.of("ITEM_ID", "EVENT_ID", "ITEM_CLASS", "WEAPON_TYPE", "SERIAL", "QUANTITY"),
            List.of("REQUEST_ID", "ITEM_ID", "REQUESTING_STATE", "REQUESTED_STATE", "CHANNEL"),
            List.of("RECORD_ID", "REF_AREA", "DATE_REPORTED", "KIND", "HOLDER"));

    /** The kinds the nightly run recognises, in import order. */
    static final List<Kind> KINDS = List.of(
            new Kind("STATISTICS", List.of(StatisticsImporter.REQUIRED_COLUMNS), (beans, file) ->
                    beans.getBean(StatisticsImporter.class).importFile(file, StatisticsImporter.Options.defaults())),
            new Kind("LEGAL", LegalImporter.REQUIRED_COLUMNS, (beans, file) ->
                    beans.getBean(LegalImporter.class).importFile(file, null, false, false)),
            new Kind("CASE_RECORDS", CASE_RECORD_HEADERS, (beans, file) ->
                    beans.getBean(RecordsImporter.class).importFile(file, RecordsImporter.Options.defaults())));

    /** A rule of a file recognised but not importable by this build. */
    static final String KIND_NOT_SUPPORTED = "KIND_NOT_SUPPORTED";
    /** A rule of a file whose header is no known kind's. */
    static final String KIND_UNRECOGNISED = "KIND_UNRECOGNISED";
    /** Not a rule of the file but of the machine: the file could not be read (permissions, disk). */
    static final String UNREADABLE = "UNREADABLE";

    private FileKinds() {
    }

    /** Imports one file of a kind with the application's beans. */
    @FunctionalInterface
    interface Importer {
        ImportResult importFile(BeanFactory beans, Path file) throws Exception;
    }

    /**
     * A kind of file.
     *
     * @param name      the name shown in the run log
     * @param headers   the column sets that mark the kind, each complete for one kind of file
     * @param importer  the importer, or null if this build cannot import the kind
     */
    record Kind(String name, List<List<String>> headers, Importer importer) {
        Kind {
            headers = List.copyOf(headers);
        }
    }

    /**
     * What a file was found to be: a kind (with the rank of its header, the import order), or, with
     * {@code kind} null, the rule and reason why it cannot be imported at all.
     */
    record Recognition(Kind kind, int rank, String rule, String reason) {

        static Recognition refused(String rule, String reason) {
            return new Recognition(null, Integer.MAX_VALUE, rule, reason);
        }
    }

    /**
     * Recognises a file. A header that has all columns of a kind's header is that kind; failing that, the
     * header most like one (at least half its columns) goes to that kind, whose importer then says
     * precisely what is missing.
     */
    static Recognition recognise(Path file) {
        List<String> header;
        try {
            TextFileSniffer.Sniffed sniffed = TextFileSniffer.sniff(file, null);
            header = sniffed.spreadsheet() ? XlsxRowReader.peek(file).header() : sniffed.headerColumns();
        } catch (FileRefusedException e) {
            return Recognition.refused(e.rule(), e.reason());
        } catch (UncheckedIOException e) {
            return Recognition.refused(UNREADABLE, "cannot read the file: " + e.getCause());
        }
        Set<String> columns = new HashSet<>(header);
        Recognition best = null;
        double bestShare = 0.5 - 1e-9;
        for (int k = 0; k < KINDS.size(); k++) {
            List<List<String>> headers = KINDS.get(k).headers();
            for (int h = 0; h < headers.size(); h++) {
                long present = headers.get(h).stream().filter(columns::contains).count();
                double share = (double) present / headers.get(h).size();
                if (share == 1.0) {
                    return new Recognition(KINDS.get(k), k * 100 + h, null, null);
                }
                if (share > bestShare) {
                    best = new Recognition(KINDS.get(k), k * 100 + h, null, null);
                    bestShare = share;
                }
            }
        }
        return best != null ? best : Recognition.refused(KIND_UNRECOGNISED, "line 1 is not the header of a kind of"
                + " file this run imports: " + KINDS.stream().map(FileKinds::describe).collect(Collectors.joining("; "))
                + " (see docs/formats.md)");
    }

    /** A kind and the first columns of each of its headers, e.g. {@code legal (STATE,INSTRUMENT,ACTION,… or …)}. */
    private static String describe(Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT) + " (" + kind.headers().stream()
                .map(header -> String.join(",", header.subList(0, Math.min(3, header.size()))) + ",…")
                .collect(Collectors.joining(" or ")) + ")";
    }
}
