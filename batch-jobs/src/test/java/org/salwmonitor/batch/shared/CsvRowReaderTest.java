package org.salwmonitor.batch.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class CsvRowReaderTest {

    @TempDir
    Path dir;

    private CsvRowReader open(String text, ExecutionContext context) throws IOException {
        Path file = Files.writeString(dir.resolve("rows.csv"), text, StandardCharsets.UTF_8);
        CsvRowReader reader = new CsvRowReader(TextFileSniffer.sniff(file, null));
        reader.open(context);
        return reader;
    }

    private List<CsvRow> readAll(String text) throws Exception {
        CsvRowReader reader = open(text, new ExecutionContext());
        try {
            return readRest(reader);
        } finally {
            reader.close();
        }
    }

    private static List<CsvRow> readRest(CsvRowReader reader) throws Exception {
        List<CsvRow> rows = new ArrayList<>();
        for (CsvRow row = reader.read(); row != null; row = reader.read()) {
            rows.add(row);
        }
        return rows;
    }

    @Test
    void mapsEachFieldToItsUpperCaseColumnInHeaderOrder() throws Exception {
        // when
        List<CsvRow> rows = readAll(" ref_area ,Time_Period,COMMENT\nKZ,2020, a \"quoted\" text\nKG,2021,\n");

        // then
        assertThat(rows).hasSize(2);
        CsvRow first = rows.get(0);
        assertThat(first.fileName()).isEqualTo("rows.csv");
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.readable()).isTrue();
        assertThat(first.get("REF_AREA")).isEqualTo("KZ");
        assertThat(first.get("COMMENT")).as("not trimmed").isEqualTo(" a \"quoted\" text");
        assertThat(first.get("OBS_VALUE")).as("no such column").isNull();
        assertThat(first.values()).containsExactly(entry("REF_AREA", "KZ"), entry("TIME_PERIOD", "2020"),
                entry("COMMENT", " a \"quoted\" text"));
        assertThat(new LinkedHashMap<>(rows.get(1).values())).isEqualTo(Map.of("REF_AREA", "KG", "TIME_PERIOD", "2021",
                "COMMENT", ""));
    }

    @Test
    void aRowWithAnotherNumberOfFieldsKeepsWhatFitsAndSaysHowManyItHad() throws Exception {
        // when
        List<CsvRow> rows = readAll("A,B,C\n1,2\n1,2,3,4\n");

        // then
        assertThat(rows.get(0).values()).containsExactly(entry("A", "1"), entry("B", "2"),
                entry(CsvRowReader.FIELD_COUNT, "2"));
        assertThat(rows.get(0).get("C")).isNull();
        assertThat(rows.get(0).values()).doesNotContainKey("C").hasSize(3);
        assertThat(rows.get(1).values()).containsExactly(entry("A", "1"), entry("B", "2"), entry("C", "3"),
                entry(CsvRowReader.FIELD_COUNT, "4"));
    }

    @Test
    void linesCountBlankLinesAndLineBreaksInsideQuotedFields() throws Exception {
        // when
        List<CsvRow> rows = readAll("A,B\r\n1,x\r\n\r\n\r\n2,\"two\r\nlines\"\r\n3,y\r\n");

        // then
        assertThat(rows).extracting(CsvRow::line).containsExactly(2, 5, 7);
        assertThat(rows).extracting(row -> row.get("A")).containsExactly("1", "2", "3");
        assertThat(rows.get(1).get("B")).isEqualTo("two\r\nlines");
    }

    @Test
    void aRepeatedColumnNameKeepsTheLaterValue() throws Exception {
        // when
        List<CsvRow> rows = readAll("A,B,A\n1,2,3\n");

        // then
        assertThat(rows.get(0).values()).containsExactly(entry("A", "3"), entry("B", "2"));
    }

    @Test
    void anUnterminatedQuoteEndsTheFileWithABrokenRow() throws Exception {
        // when
        List<CsvRow> rows = readAll("A,B\n1,2\n3,\"never closed\n4,5\n");

        // then
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).readable()).isFalse();
        assertThat(rows.get(1).line()).isEqualTo(3);
        assertThat(rows.get(1).problem()).isNotBlank();
    }

    @Test
    void aRowLongerThanTheLimitIsReportedWithoutItsContentAndTheNextRowsStillRead() throws Exception {
        // given
        String huge = "x".repeat(CsvRowReader.MAX_ROW_CHARACTERS);

        // when
        List<CsvRow> rows = readAll("A,B\n1," + huge + "\n2,y\n");

        // then
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get(CsvRow.TOO_LONG)).isEqualTo(Integer.toString(CsvRowReader.MAX_ROW_CHARACTERS + 3));
        assertThat(rows.get(0).get("B")).isNull();
        assertThat(rows.get(1).line()).isEqualTo(3);
        assertThat(rows.get(1).get("B")).isEqualTo("y");
    }

    @Test
    void aRestartSkipsTheRowsCountedInTheExecutionContext() throws Exception {
        // given: two rows read and saved, as with a committed chunk
        String text = "A\n1\n\n2\n3\n4\n";
        ExecutionContext context = new ExecutionContext();
        CsvRowReader first = open(text, context);
        first.read();
        first.read();
        first.update(context);
        first.close();

        // when
        CsvRowReader again = open(text, context);
        List<CsvRow> rest = readRest(again);
        again.close();

        // then
        assertThat(rest).extracting(row -> row.get("A")).containsExactly("3", "4");
        assertThat(rest).extracting(CsvRow::line).containsExactly(5, 6);
    }
}
