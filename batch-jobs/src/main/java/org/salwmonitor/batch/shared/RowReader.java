package org.salwmonitor.batch.shared;

import java.util.List;

import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the data rows of a tabular input file (delimited text or a workbook) after its header line.
 * A job declares its reader bean with this type so that one step serves every file format.
 */
public interface RowReader extends ItemStreamReader<CsvRow> {

    /** Returns the upper-case column names of the header; available once the reader is open. */
    List<String> header();
}
