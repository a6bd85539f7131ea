package org.salwmonitor.batch.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads a delimited text file row by row, as sniffed by {@link TextFileSniffer}: BOM skipped, CRLF or
 * LF, quoted fields. Restartable: Spring Batch stores the number of rows read with each committed
 * chunk and a restart skips that many rows. A row with the wrong number of fields is still returned
 * (the validator rejects it with its line); a row that cannot be split ends the file with a broken row.
 */
public class CsvRowReader extends AbstractItemCountingItemStreamItemReader<CsvRow> implements RowReader {

    private final TextFileSniffer.Sniffed sniffed;
    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private List<String> header;
    private long lastLine = 1;
    private boolean broken;

    public CsvRowReader(TextFileSniffer.Sniffed sniffed) {
        this.sniffed = sniffed;
        setName("csvRowReader");
    }

    /** Returns the upper-case column names of the header. */
    public List<String> header() {
        return header;
    }

    @Override
    protected void doOpen() throws IOException {
        InputStream in = Files.newInputStream(sniffed.file());
        if (sniffed.bom()) {
            in.skipNBytes(3);
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, sniffed.charset()), 1 << 16);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(sniffed.delimiter())
                .setIgnoreEmptyLines(true)
                .setTrim(false)
                .get();
        parser = CSVParser.builder().setReader(reader).setFormat(format).get();
        records = parser.iterator();
        if (!records.hasNext()) {
            throw new FileRefusedException(sniffed.file(), "HEADER_MISSING", "the file has no header line");
        }
        CSVRecord headerRecord = records.next();
        header = headerRecord.stream().map(name -> name.strip().toUpperCase(Locale.ROOT)).toList();
        lastLine = parser.getCurrentLineNumber();
    }

    @Override
    protected CsvRow doRead() {
        if (broken) {
            return null;
        }
        String fileName = sniffed.file().getFileName().toString();
        int line = (int) lastLine + 1;
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            lastLine = parser.getCurrentLineNumber();
            long length = 0;
            for (String value : record) {
                length += value.length() + 1;
            }
            if (length > MAX_ROW_CHARACTERS) {
                return CsvRow.tooLong(fileName, line, length);
            }
            // a blank line skipped by the parser moves the start line of this record
            line = (int) Math.max(line, lastLine - newlinesInside(record));
            Map<String, String> values = new LinkedHashMap<>();
            int size = Math.min(record.size(), header.size());
            for (int i = 0; i < size; i++) {
                values.put(header.get(i), record.get(i));
            }
            if (record.size() != header.size()) {
                values.put(FIELD_COUNT, Integer.toString(record.size()));
            }
            return new CsvRow(fileName, line, values, null);
        } catch (UncheckedIOException | IllegalStateException e) {
            broken = true;
            return CsvRow.broken(fileName, line, e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
        }
    }

    /** Longest row accepted: 1 MiB of text. Longer rows are rejected (LINE_TOO_LONG), the next rows still load. */
    public static final int MAX_ROW_CHARACTERS = 1 << 20;

    /** Pseudo-column set when a row has a different number of fields than the header. */
    public static final String FIELD_COUNT = "#FIELD_COUNT";

    private static int newlinesInside(CSVRecord record) {
        int count = 0;
        for (String value : record) {
            for (int i = 0; i < value.length(); i++) {
                if (value.charAt(i) == '\n') {
                    count++;
                }
            }
        }
        return count;
    }

    @Override
    protected void doClose() throws IOException {
        if (parser != null) {
            parser.close();
        }
    }
}
