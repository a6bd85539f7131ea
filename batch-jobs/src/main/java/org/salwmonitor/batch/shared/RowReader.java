package org.salwmonitor.batch.shared;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the data rows of a tabular input file (delimited text or a workbook) after its header line.
 * A job declares its reader bean with this type so that one step serves every file format.
 */
public interface RowReader extends ItemStreamReader<CsvRow> {

    /** Returns the upper-case column names of the header; available once the reader is open. */
    List<String> header();

    /**
     * Opens the rows of an input file: a workbook's first sheet, or a text file whose encoding and delimiter are
     * sniffed (unless the encoding is given).
     *
     * @param file      the file, not null
     * @param xlsx      whether it is an .xlsx workbook
     * @param encoding  the text encoding, or null or blank to detect it; ignored for a workbook
     * @return the reader, not yet opened
     */
    static RowReader of(Path file, boolean xlsx, String encoding) {
        if (xlsx) {
            return new XlsxRowReader(file);
        }
        Charset charset = encoding == null || encoding.isBlank() ? null : Charset.forName(encoding);
        return new CsvRowReader(TextFileSniffer.sniff(file, charset));
    }
}
