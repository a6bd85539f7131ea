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
    private final String fileName;
    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private List<String> header;
    /** The header's column index, shared by every row; null if a column name repeats. */
    private RowValues.Columns columns;
    private long lastLine = 1;
    private boolean broken;

    public CsvRowReader(TextFileSniffer.Sniffed sniffed) {
        this.sniffed = sniffed;
        this.fileName = sniffed.file().getFileName().toString();
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
        columns = RowValues.Columns.of(header);
        lastLine = parser.getCurrentLineNumber();
    }

    @Override
    protected CsvRow doRead() {
        if (broken) {
            return null;
        }
        int line = (int) lastLine + 1;
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            lastLine = parser.getCurrentLineNumber();
            String[] fields = record.values();
            long length = 0;
            for (String value : fields) {
                length += value.length() + 1;
            }
            if (length > MAX_ROW_CHARACTERS) {
                return CsvRow.tooLong(fileName, line, length);
            }
            if (lastLine > line) {
                // a blank line skipped by the parser moves the start line of this record
                line = (int) Math.max(line, lastLine - newlinesInside(fields));
            }
            return new CsvRow(fileName, line, columns != null ? new RowValues(columns, fields) : mapOf(fields), null);
        } catch (UncheckedIOException | IllegalStateException e) {
            broken = true;
            return CsvRow.broken(fileName, line, e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
        }
    }

    /** The values of a row whose header repeats a column name: the later column wins, as in any map. */
    private Map<String, String> mapOf(String[] fields) {
        Map<String, String> values = new LinkedHashMap<>();
        int size = Math.min(fields.length, header.size());
        for (int i = 0; i < size; i++) {
            values.put(header.get(i), fields[i]);
        }
        if (fields.length != header.size()) {
            values.put(FIELD_COUNT, Integer.toString(fields.length));
        }
        return values;
    }

    /** Longest row accepted: 1 MiB of text. Longer rows are rejected (LINE_TOO_LONG), the next rows still load. */
    public static final int MAX_ROW_CHARACTERS = 1 << 20;

    /** Pseudo-column set when a row has a different number of fields than the header. */
    public static final String FIELD_COUNT = "#FIELD_COUNT";

    private static int newlinesInside(String[] fields) {
        int count = 0;
        for (String value : fields) {
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
