package org.salwmonitor.batch.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.salwmonitor.batch.DatabaseTestSupport;
import org.salwmonitor.batch.SalwIntegrationTest;
import org.salwmonitor.batch.shared.ImportResult;
import org.salwmonitor.batch.shared.RowReject;
import org.salwmonitor.sampledata.SampleData;

/** The statistics template filled in as an Excel workbook imports as the CSV template does. */
@SalwIntegrationTest
class XlsxStatisticsImportIT {

    private static final List<String> HEADER = List.of("REF_AREA", "TIME_PERIOD", "INDICATOR", "EVENT", "ITEM_CLASS",
            "WEAPON_TYPE", "CONTEXT", "UNIT_MEASURE", "OBS_VALUE", "OBS_STATUS", "CONF_STATUS", "SOURCE_AGENCY",
            "SOURCE_REF", "SYNTHETIC", "COMMENT");

    @Autowired
    StatisticsImporter importer;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @BeforeEach
    void clean() {
        DatabaseTestSupport.cleanData(jdbc);
    }

    private Path workbook(String name, Consumer<XSSFWorkbook> content) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            content.accept(workbook);
            workbook.write(out);
        }
        return file;
    }

    /**
     * Fills a row as a focal point would: years and counts typed as numbers (counts shown with
     * thousands separators), SYNTHETIC as a boolean, empty values left out.
     */
    private static void fill(Row row, Map<String, String> values, CellStyle grouped) {
        for (int c = 0; c < HEADER.size(); c++) {
            String column = HEADER.get(c);
            String value = values.getOrDefault(column, "");
            if (value.isEmpty()) {
                continue;
            }
            switch (column) {
                case "TIME_PERIOD" -> row.createCell(c).setCellValue(Double.parseDouble(value));
                case "OBS_VALUE" -> {
                    if (value.matches("\\d+")) {
                        row.createCell(c).setCellValue(Double.parseDouble(value));
                        row.getCell(c).setCellStyle(grouped);
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                }
                case "SYNTHETIC" -> row.createCell(c).setCellValue(Boolean.parseBoolean(value));
                default -> row.createCell(c).setCellValue(value);
            }
        }
    }

    private static void header(Sheet sheet) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < HEADER.size(); c++) {
            row.createCell(c).setCellValue(HEADER.get(c));
        }
    }

    private static CellStyle grouped(XSSFWorkbook book) {
        CellStyle style = book.createCellStyle();
        style.setDataFormat(book.createDataFormat().getFormat("#,##0"));
        return style;
    }

    private static Map<String, String> row(String... keyValues) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put(keyValues[i], keyValues[i + 1]);
        }
        return values;
    }

    private static Map<String, String> kz2020(String indicator, String unit, String value) {
        return row("REF_AREA", "KZ", "TIME_PERIOD", "2020", "INDICATOR", indicator, "EVENT", "_T", "ITEM_CLASS", "_T",
                "WEAPON_TYPE", "_T", "CONTEXT", "_T", "UNIT_MEASURE", unit, "OBS_VALUE", value, "OBS_STATUS", "A",
                "CONF_STATUS", "F", "SOURCE_AGENCY", "Test agency", "SYNTHETIC", "true");
    }

    @Test
    void theSampleStatisticsAsAWorkbookHoldTheSameObservationsAsTheCsv() throws Exception {
        // given
        Path csv = DatabaseTestSupport.sampleFile(SampleData.STATISTICS, dir);
        List<CSVRecord> records;
        try (Reader in = new InputStreamReader(SampleData.open(SampleData.STATISTICS), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            records = parser.getRecords();
        }
        Path xlsx = workbook("statistics.xlsx", book -> {
            book.createSheet("Instructions").createRow(0).createCell(0).setCellValue("Fill in the sheet 'Data'.");
            Sheet sheet = book.createSheet("Data");
            header(sheet);
            CellStyle grouped = grouped(book);
            for (int r = 0; r < records.size(); r++) {
                fill(sheet.createRow(r + 1), records.get(r).toMap(), grouped);
            }
        });
        // when
        ImportResult fromXlsx = importer.importFile(xlsx, StatisticsImporter.Options.defaults());
        ImportResult fromCsv = importer.importFile(csv, StatisticsImporter.Options.defaults());
        // then
        assertThat(fromXlsx.rejects()).isEmpty();
        assertThat(fromXlsx.outcome()).isEqualTo(ImportResult.Outcome.IMPORTED);
        assertThat(fromXlsx.format()).isEqualTo("XLSX");
        assertThat(fromXlsx.notices()).contains("XLSX_SHEET: read sheet 'Data', header in row 1");
        assertThat(fromXlsx.counts().imported()).isEqualTo(records.size());
        assertThat(fromCsv.counts().read()).isEqualTo(records.size());
        assertThat(fromCsv.counts().unchanged()).isEqualTo(records.size());
        assertThat(jdbc.queryForObject("select count(*) from observation_revision", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select format from source_file where file_name = 'statistics.xlsx'",
                String.class)).isEqualTo("XLSX");
    }

    @Test
    void aBadCellIsRejectedWithItsRowNumberAndColumnAndTheOtherRowsLoad() throws Exception {
        // given
        Path xlsx = workbook("kz-2020.xlsx", book -> {
            Sheet sheet = book.createSheet("Sheet1");
            header(sheet);
            CellStyle grouped = grouped(book);
            fill(sheet.createRow(1), kz2020("TRAFFICKING_CASES", "CASES", "14"), grouped);
            // row 3 left blank, as people leave gaps
            fill(sheet.createRow(3), kz2020("PERSONS_PROSECUTED", "PERSONS", "н/д"), grouped);
            fill(sheet.createRow(4), kz2020("PERSONS_CONVICTED", "PERSONS", "9"), grouped);
        });
        // when
        ImportResult result = importer.importFile(xlsx, StatisticsImporter.Options.defaults());
        // then
        assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.IMPORTED_WITH_REJECTS);
        assertThat(result.counts().imported()).isEqualTo(2);
        assertThat(result.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.fileName()).isEqualTo("kz-2020.xlsx");
            assertThat(reject.line()).isEqualTo(4);
            assertThat(reject.column()).isEqualTo("OBS_VALUE");
            assertThat(reject.value()).isEqualTo("н/д");
            assertThat(reject.rule()).isEqualTo("OBS_VALUE_NOT_NUMBER");
        });
        assertThat(Files.readString(result.rejectsFile())).contains("OBS_VALUE_NOT_NUMBER").contains("н/д");
        assertThat(jdbc.queryForList("select source_line from observation order by source_line", Integer.class))
                .containsExactly(2, 5);
    }

    @Test
    void formulasAndFormulaLikeTextAreStoredAsTextAndNeverWrittenOutUnescaped() throws Exception {
        // given
        String link = "HYPERLINK(\"http://example.org/x\",\"see the report\")";
        Path xlsx = workbook("formulas.xlsx", book -> {
            Sheet sheet = book.createSheet("data");
            header(sheet);
            CellStyle grouped = grouped(book);
            Row typed = sheet.createRow(1);
            fill(typed, kz2020("TRAFFICKING_CASES", "CASES", "14"), grouped);
            typed.createCell(HEADER.indexOf("COMMENT")).setCellValue("=1+1");
            Row formulas = sheet.createRow(2);
            fill(formulas, kz2020("PERSONS_PROSECUTED", "PERSONS", ""), grouped);
            formulas.createCell(HEADER.indexOf("OBS_VALUE")).setCellFormula("SUM(10,5)");
            formulas.createCell(HEADER.indexOf("SOURCE_REF")).setCellFormula(link);
            Row textResult = sheet.createRow(3);
            fill(textResult, kz2020("PERSONS_CONVICTED", "PERSONS", ""), grouped);
            textResult.createCell(HEADER.indexOf("OBS_VALUE")).setCellFormula("TEXT(9,\"0\")");
            XSSFFormulaEvaluator.evaluateAllFormulaCells(book);
        });
        // when
        ImportResult result = importer.importFile(xlsx, StatisticsImporter.Options.defaults());
        // then
        assertThat(result.counts().imported()).isEqualTo(2);
        assertThat(result.notices())
                .anySatisfy(notice -> assertThat(notice).startsWith("TEXT_FORMULA: line 2, COMMENT"))
                .anySatisfy(notice -> assertThat(notice).startsWith("TEXT_FORMULA: line 3, SOURCE_REF"));
        assertThat(jdbc.queryForObject("select comment from observation where source_line = 2", String.class))
                .isEqualTo("=1+1");
        assertThat(jdbc.queryForMap("select obs_value, source_ref from observation where source_line = 3"))
                .containsEntry("obs_value", 15L).containsEntry("source_ref", "=" + link);
        // a formula with a text result is never turned into the number it shows
        RowReject reject = result.rejects().get(0);
        assertThat(reject.line()).isEqualTo(4);
        assertThat(reject.value()).isEqualTo("=TEXT(9,\"0\")");
        assertThat(Files.readString(result.rejectsFile())).contains("\"'=TEXT(9,\"\"0\"\")\"");
    }

    @Test
    void aWorkbookWithAHeaderAndNoRowsOrThatIsNoWorkbookIsRefused() throws Exception {
        // given
        Path headerOnly = workbook("header-only.xlsx", book -> header(book.createSheet("data")));
        Path noHeader = workbook("no-header.xlsx", book -> {
            Sheet sheet = book.createSheet("data");
            sheet.createRow(0).createCell(0).setCellValue("Kazakhstan");
            sheet.createRow(1).createCell(0).setCellValue("2020");
        });
        Path corrupt = Files.write(dir.resolve("corrupt.xlsx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8});
        // when
        ImportResult empty = importer.importFile(headerOnly, StatisticsImporter.Options.defaults());
        ImportResult headless = importer.importFile(noHeader, StatisticsImporter.Options.defaults());
        ImportResult broken = importer.importFile(corrupt, StatisticsImporter.Options.defaults());
        // then
        assertThat(empty.outcome()).isEqualTo(ImportResult.Outcome.REFUSED);
        assertThat(empty.refusal()).startsWith("NO_DATA_ROWS: sheet 'data' has a header but no data rows");
        assertThat(headless.refusal()).startsWith("HEADER_MISSING:");
        assertThat(broken.refusal()).startsWith("XLSX_UNREADABLE: the workbook cannot be read");
        assertThat(jdbc.queryForObject("select count(*) from observation", Long.class)).isZero();
    }
}
