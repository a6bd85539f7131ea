package org.salwmonitor.batch.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.salwmonitor.batch.DatabaseTestSupport;
import org.salwmonitor.batch.nightly.FileKinds.Recognition;
import org.salwmonitor.sampledata.SampleData;

/** Inbox files are told apart by their content, whatever they are called. */
class FileKindsTest {

    @TempDir
    Path dir;

    /** The sample file under a name that says nothing, so only the content can tell. */
    private Path anonymous(String resource) throws IOException {
        Path file = DatabaseTestSupport.sampleFile(resource, dir);
        return Files.move(file, dir.resolve("upload-" + Math.abs(resource.hashCode()) + ".dat"));
    }

    @ParameterizedTest
    @ValueSource(strings = {SampleData.STATISTICS, SampleData.STATISTICS_SDMX_1, SampleData.STATISTICS_SDMX_2})
    void statisticsInEveryTextFormatAreStatistics(String resource) throws IOException {
        // when
        Recognition recognition = FileKinds.recognise(anonymous(resource));
        // then
        assertThat(recognition.kind().name()).isEqualTo("STATISTICS");
        assertThat(recognition.kind().importer()).isNotNull();
    }

    @Test
    void aWorkbookWithTheTemplateHeaderIsStatistics() throws IOException {
        // given
        Path file = dir.resolve("book.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var row = book.createSheet("data").createRow(0);
            String[] header = "REF_AREA,TIME_PERIOD,INDICATOR,EVENT,ITEM_CLASS,WEAPON_TYPE,CONTEXT,UNIT_MEASURE,OBS_VALUE"
                    .split(",");
            for (int i = 0; i < header.length; i++) {
                row.createCell(i).setCellValue(header[i]);
            }
            book.write(out);
        }
        // when / then
        assertThat(FileKinds.recognise(file).kind().name()).isEqualTo("STATISTICS");
    }

    @ParameterizedTest
    @ValueSource(strings = {SampleData.PARTICIPATION, SampleData.SUBMISSIONS})
    void participationAndSubmissionsAreLegal(String resource) throws IOException {
        assertThat(FileKinds.recognise(anonymous(resource)).kind().name()).isEqualTo("LEGAL");
    }

    @Test
    void caseRecordsAreRecognisedWithTheirImporterAndParentsComeFirst() throws IOException {
        // when
        Recognition events = FileKinds.recognise(anonymous(SampleData.EVENTS));
        Recognition items = FileKinds.recognise(anonymous(SampleData.ITEMS));
        Recognition tracing = FileKinds.recognise(anonymous(SampleData.TRACING_REQUESTS));
        Recognition lostStolen = FileKinds.recognise(anonymous(SampleData.LOST_STOLEN));
        // then
        for (Recognition recognition : new Recognition[] {events, items, tracing, lostStolen}) {
            assertThat(recognition.kind().name()).isEqualTo("CASE_RECORDS");
            assertThat(recognition.kind().importer()).as("the records import").isNotNull();
        }
        assertThat(events.rank()).isLessThan(items.rank());
        assertThat(items.rank()).isLessThan(tracing.rank());
        assertThat(FileKinds.recognise(anonymous(SampleData.STATISTICS)).rank()).isLessThan(events.rank());
    }

    @Test
    void aStatisticsHeaderLackingAColumnStillGoesToTheStatisticsImporterWhichSaysWhatIsMissing() throws IOException {
        // given
        Path file = Files.writeString(dir.resolve("x.csv"),
                "REF_AREA,TIME_PERIOD,INDICATOR,EVENT,ITEM_CLASS,WEAPON_TYPE,CONTEXT,OBS_VALUE\nKZ,2020,x,x,x,x,x,1\n");
        // when / then
        assertThat(FileKinds.recognise(file).kind().name()).isEqualTo("STATISTICS");
    }

    @Test
    void aFileOfNoKnownKindIsRefusedWithTheKindsItCouldHaveBeen() throws IOException {
        // given
        Path file = Files.writeString(dir.resolve("minutes.csv"), "DATE,SPEAKER,TEXT\n2024-05-01,chair,opening\n",
                StandardCharsets.UTF_8);
        // when
        Recognition recognition = FileKinds.recognise(file);
        // then
        assertThat(recognition.kind()).isNull();
        assertThat(recognition.rule()).isEqualTo(FileKinds.KIND_UNRECOGNISED);
        assertThat(recognition.reason()).contains("statistics (REF_AREA,TIME_PERIOD,INDICATOR,…)")
                .contains("legal (STATE,INSTRUMENT,ACTION,… or STATE,OBLIGATION,CYCLE,…)").contains("docs/formats.md")
                .doesNotContain("SPEAKER");
    }

    @Test
    void anEmptyFileIsRefusedByTheSnifferRule() throws IOException {
        // given
        Path file = Files.write(dir.resolve("empty.csv"), new byte[0]);
        // when
        Recognition recognition = FileKinds.recognise(file);
        // then
        assertThat(recognition.kind()).isNull();
        assertThat(recognition.rule()).isEqualTo("FILE_EMPTY");
    }

    @Test
    void aFileThatCannotBeReadIsTheMachinesFaultNotARefusal() throws IOException {
        // given: a path that cannot be opened as a file
        Path folder = Files.createDirectories(dir.resolve("looks-like-a-file.csv"));
        // when
        Recognition recognition = FileKinds.recognise(folder);
        // then
        assertThat(recognition.kind()).isNull();
        assertThat(recognition.rule()).isEqualTo(FileKinds.UNREADABLE);
        assertThat(recognition.reason()).startsWith("cannot read the file: ");
    }
}
