package org.salwmonitor.batch.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;

class XlsxRowReaderTest {

    @TempDir
    Path dir;

    private Path workbook(String name, Consumer<XSSFWorkbook> content) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            content.accept(workbook);
            workbook.write(out);
        }
        return file;
    }

    /** Writes rows of strings (null = no cell) into a sheet, starting at row 1. */
    private static void rows(Sheet sheet, String[]... rows) {
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                if (rows[r][c] != null) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
        }
    }

    private static List<CsvRow> readAll(XlsxRowReader reader) throws Exception {
        List<CsvRow> rows = new ArrayList<>();
        for (CsvRow row = reader.read(); row != null; row = reader.read()) {
            rows.add(row);
        }
        return rows;
    }

    private static List<CsvRow> readAll(Path file) throws Exception {
        XlsxRowReader reader = new XlsxRowReader(file);
        reader.open(new ExecutionContext());
        try {
            return readAll(reader);
        } finally {
            reader.close();
        }
    }

    @Nested
    class Header {

        @Test
        void theFirstNonBlankRowIsTheHeaderUpperCasedAndStripped() throws Exception {
            // given
            Path file = workbook("header.xlsx", book -> {
                Sheet sheet = book.createSheet("Sheet1");
                sheet.createRow(0).createCell(1).setCellValue("  ");
                Row header = sheet.createRow(1);
                header.createCell(1).setCellValue(" ref_area ");
                header.createCell(2).setCellValue("Obs_Value");
                Row data = sheet.createRow(2);
                data.createCell(1).setCellValue("KZ");
                data.createCell(2).setCellValue("7");
            });
            XlsxRowReader reader = new XlsxRowReader(file);
            // when
            reader.open(new ExecutionContext());
            List<CsvRow> rows = readAll(reader);
            reader.close();
            // then
            assertThat(reader.header()).containsExactly("REF_AREA", "OBS_VALUE");
            assertThat(rows).singleElement().satisfies(row -> {
                assertThat(row.line()).isEqualTo(3);
                assertThat(row.fileName()).isEqualTo("header.xlsx");
                assertThat(row.values()).containsExactly(Map.entry("REF_AREA", "KZ"),
                        Map.entry("OBS_VALUE", "7"));
            });
        }

        @Test
        void aSheetNamedDataIsPreferredAndHiddenSheetsAreSkipped() throws Exception {
            // given
            Path preferred = workbook("preferred.xlsx", book -> {
                rows(book.createSheet("Instructions"), new String[] {"READ ME"}, new String[] {"x"});
                rows(book.createSheet(" Data "), new String[] {"REF_AREA"}, new String[] {"KG"});
            });
            Path hidden = workbook("hidden.xlsx", book -> {
                rows(book.createSheet("Lists"), new String[] {"CODE"}, new String[] {"x"});
                rows(book.createSheet("Questionnaire"), new String[] {"REF_AREA"}, new String[] {"TJ"});
                book.setSheetHidden(0, true);
                book.setActiveSheet(1);
            });
            // when
            XlsxRowReader.Peek fromPreferred = XlsxRowReader.peek(preferred);
            XlsxRowReader.Peek fromHidden = XlsxRowReader.peek(hidden);
            // then
            assertThat(fromPreferred.sheetName()).isEqualTo(" Data ");
            assertThat(fromPreferred.header()).containsExactly("REF_AREA");
            assertThat(fromHidden.sheetName()).isEqualTo("Questionnaire");
            assertThat(fromHidden.hasDataRow()).isTrue();
        }

        @Test
        void peekTellsAHeaderWithoutDataRows() throws Exception {
            // given
            Path file = workbook("header-only.xlsx", book -> rows(book.createSheet("data"), new String[] {"REF_AREA"}));
            // when
            XlsxRowReader.Peek peek = XlsxRowReader.peek(file);
            // then
            assertThat(peek.headerRow()).isEqualTo(1);
            assertThat(peek.hasDataRow()).isFalse();
        }
    }

    @Nested
    class Cells {

        @Test
        void blankTrailingCellsAreEmptyValuesAndBlankRowsAreSkipped() throws Exception {
            // given
            Path file = workbook("trailing.xlsx", book -> {
                Sheet sheet = book.createSheet("data");
                rows(sheet, new String[] {"A", "B", "C"}, new String[] {"1"}, new String[] {null, null, " "},
                        new String[] {"2", null, "3"});
                sheet.createRow(4).createCell(0); // a formatted, empty cell
            });
            // when
            List<CsvRow> rows = readAll(file);
            // then
            assertThat(rows).extracting(CsvRow::line).containsExactly(2, 4);
            assertThat(rows.get(0).values()).containsEntry("A", "1").containsEntry("B", "").containsEntry("C", "")
                    .doesNotContainKey(CsvRowReader.FIELD_COUNT);
            assertThat(rows.get(1).values()).containsEntry("A", "2").containsEntry("B", "").containsEntry("C", "3");
        }

        @Test
        void aValueOutsideTheHeaderColumnsIsAFieldCountError() throws Exception {
            // given
            Path file = workbook("extra.xlsx", book -> rows(book.createSheet("data"),
                    new String[] {"A", "B"}, new String[] {"1", "2", null, "note"}));
            // when
            List<CsvRow> rows = readAll(file);
            // then
            assertThat(rows.get(0).get(CsvRowReader.FIELD_COUNT)).isEqualTo("4");
        }

        @Test
        void numbersReadAsTheyAreHeldWithoutGroupingOrRounding() throws Exception {
            // given
            Path file = workbook("numbers.xlsx", book -> {
                Sheet sheet = book.createSheet("data");
                rows(sheet, new String[] {"COUNT", "GROUPED", "ROUNDED", "FRACTION", "NEGATIVE", "YEAR"});
                CellStyle grouped = book.createCellStyle();
                grouped.setDataFormat(book.createDataFormat().getFormat("#,##0"));
                CellStyle noDecimals = book.createCellStyle();
                noDecimals.setDataFormat(book.createDataFormat().getFormat("0"));
                Row row = sheet.createRow(1);
                row.createCell(0).setCellValue(1234.0);
                row.createCell(1).setCellValue(1234567.0);
                row.getCell(1).setCellStyle(grouped);
                row.createCell(2).setCellValue(12.6);
                row.getCell(2).setCellStyle(noDecimals);
                row.createCell(3).setCellValue(0.1 + 0.2);
                row.createCell(4).setCellValue(-5.0);
                row.createCell(5).setCellValue(2020);
            });
            // when
            CsvRow row = readAll(file).get(0);
            // then
            assertThat(row.values()).containsEntry("COUNT", "1234").containsEntry("GROUPED", "1234567")
                    .containsEntry("ROUNDED", "12.6").containsEntry("FRACTION", "0.3")
                    .containsEntry("NEGATIVE", "-5").containsEntry("YEAR", "2020");
        }

        @Test
        void datesReadAsIsoAndBooleansAsTrueOrFalse() throws Exception {
            // given
            Path file = workbook("dates.xlsx", book -> {
                Sheet sheet = book.createSheet("data");
                rows(sheet, new String[] {"DATE", "SYNTHETIC", "TEXT"});
                CellStyle date = book.createCellStyle();
                date.setDataFormat(book.createDataFormat().getFormat("dd.mm.yyyy"));
                Row row = sheet.createRow(1);
                row.createCell(0).setCellValue(LocalDate.of(2021, 3, 14));
                row.getCell(0).setCellStyle(date);
                row.createCell(1).setCellValue(true);
                row.createCell(2).setCellValue("  Министерство внутренних дел ");
            });
            // when
            CsvRow row = readAll(file).get(0);
            // then
            assertThat(row.values()).containsEntry("DATE", "2021-03-14").containsEntry("SYNTHETIC", "TRUE")
                    .containsEntry("TEXT", "  Министерство внутренних дел ");
        }

        @Test
        void formulasAreNeverEvaluatedIntoAnotherValue() throws Exception {
            // given
            Path file = workbook("formulas.xlsx", book -> {
                Sheet sheet = book.createSheet("data");
                rows(sheet, new String[] {"TOTAL", "LINK", "TYPED", "UNCACHED"});
                Row row = sheet.createRow(1);
                row.createCell(0).setCellFormula("SUM(10,5)");
                row.createCell(1).setCellFormula("HYPERLINK(\"http://example.org\",\"see\")");
                row.createCell(2).setCellValue("=1+1");
                XSSFFormulaEvaluator.evaluateAllFormulaCells(book);
                row.createCell(3).setCellFormula("SUM(1,2)");
            });
            // when
            CsvRow row = readAll(file).get(0);
            // then
            assertThat(row.values())
                    .containsEntry("TOTAL", "15")
                    .containsEntry("LINK", "=HYPERLINK(\"http://example.org\",\"see\")")
                    .containsEntry("TYPED", "=1+1")
                    .containsEntry("UNCACHED", "=SUM(1,2)");
        }

        @Test
        void anOverLongRowIsReportedWithoutItsText() throws Exception {
            // given
            String cell = "x".repeat(30_000);
            Path file = workbook("long.xlsx", book -> {
                Sheet sheet = book.createSheet("data");
                rows(sheet, new String[] {"A"});
                Row row = sheet.createRow(1);
                for (int c = 0; c < 40; c++) {
                    row.createCell(c).setCellValue(cell);
                }
                sheet.createRow(2).createCell(0).setCellValue("next");
            });
            // when
            List<CsvRow> rows = readAll(file);
            // then
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).get(CsvRow.TOO_LONG)).isEqualTo(Integer.toString(40 * 30_001));
            assertThat(rows.get(0).line()).isEqualTo(2);
            assertThat(rows.get(1).get("A")).isEqualTo("next");
        }
    }

    @Nested
    class Restart {

        @Test
        void aRestartSkipsTheRowsAlreadyRead() throws Exception {
            // given
            Path file = workbook("restart.xlsx", book -> rows(book.createSheet("data"),
                    new String[] {"N"}, new String[] {"1"}, new String[] {"2"}, new String[] {}, new String[] {"3"}));
            ExecutionContext context = new ExecutionContext();
            XlsxRowReader first = new XlsxRowReader(file);
            first.open(context);
            first.read();
            first.read();
            first.update(context);
            first.close();
            // when
            XlsxRowReader again = new XlsxRowReader(file);
            again.open(context);
            List<CsvRow> rest = readAll(again);
            again.close();
            // then
            assertThat(rest).singleElement().satisfies(row -> {
                assertThat(row.get("N")).isEqualTo("3");
                assertThat(row.line()).isEqualTo(5);
            });
        }

        @Test
        void streamsALargeSheet() throws Exception {
            // given
            Path file = dir.resolve("large.xlsx");
            int rows = 50_000;
            try (SXSSFWorkbook book = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
                Sheet sheet = book.createSheet("data");
                sheet.createRow(0).createCell(0).setCellValue("N");
                for (int r = 1; r <= rows; r++) {
                    sheet.createRow(r).createCell(0).setCellValue(r);
                }
                book.write(out);
            }
            // when
            List<CsvRow> read = readAll(file);
            // then
            assertThat(read).hasSize(rows);
            assertThat(read.get(rows - 1).line()).isEqualTo(rows + 1);
            assertThat(read.get(rows - 1).get("N")).isEqualTo(Integer.toString(rows));
        }
    }

    @Nested
    class Refusals {

        @Test
        void aZipThatIsNoWorkbookIsRefused() throws Exception {
            // given
            Path file = dir.resolve("archive.xlsx");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
                zip.putNextEntry(new ZipEntry("readme.txt"));
                zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            XlsxRowReader reader = new XlsxRowReader(file);
            // when, then
            assertThatThrownBy(() -> reader.open(new ExecutionContext()))
                    .isInstanceOf(ItemStreamException.class)
                    .cause()
                    .isInstanceOf(FileRefusedException.class)
                    .hasMessageStartingWith("archive.xlsx: refused as a whole (XLSX_UNREADABLE): the workbook cannot be read");
        }

        @Test
        void aTruncatedWorkbookIsRefused() throws Exception {
            // given
            Path whole = workbook("whole.xlsx", book -> rows(book.createSheet("data"), new String[] {"A"},
                    new String[] {"1"}));
            byte[] bytes = Files.readAllBytes(whole);
            Path file = Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
            // when, then
            assertThatThrownBy(() -> XlsxRowReader.peek(file))
                    .isInstanceOf(FileRefusedException.class)
                    .extracting(e -> ((FileRefusedException) e).rule()).isEqualTo("XLSX_UNREADABLE");
        }

        @Test
        void aBlankSheetHasNoHeader() throws Exception {
            // given
            Path file = workbook("blank.xlsx", book -> book.createSheet("data").createRow(3).createCell(2)
                    .setCellValue(""));
            // when, then
            assertThatThrownBy(() -> XlsxRowReader.peek(file))
                    .isInstanceOf(FileRefusedException.class)
                    .hasMessage("blank.xlsx: refused as a whole (HEADER_MISSING): sheet 'data' has no header row"
                            + " (every row is blank)");
        }

        @Test
        void aHiddenSheetIsNeverRead() throws Exception {
            // given
            Path file = workbook("hidden-data.xlsx", book -> {
                rows(book.createSheet("Questionnaire"), new String[] {"REF_AREA"}, new String[] {"UZ"});
                rows(book.createSheet("data"), new String[] {"CODE"}, new String[] {"x"});
                book.setSheetHidden(1, true);
            });
            // when
            XlsxRowReader.Peek peek = XlsxRowReader.peek(file);
            // then
            assertThat(peek.sheetName()).isEqualTo("Questionnaire");
        }
    }

    @Test
    void columnsOfCellReferences() {
        assertThat(XlsxRowReader.columnOf("A1")).isZero();
        assertThat(XlsxRowReader.columnOf("Z9")).isEqualTo(25);
        assertThat(XlsxRowReader.columnOf("AB12")).isEqualTo(27);
        assertThatThrownBy(() -> XlsxRowReader.columnOf("12"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cell reference '12' names no column");
    }
}
