package org.salwmonitor.batch.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.salwmonitor.batch.SalwIntegrationTest;
import org.springframework.jdbc.core.JdbcTemplate;

import org.salwmonitor.batch.DatabaseTestSupport;
import org.salwmonitor.batch.shared.ImportResult;
import org.salwmonitor.sampledata.SampleData;

@SalwIntegrationTest
class StatisticsImportIT {

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

    @Test
    void loadsTheSampleStatisticsWithoutRejectsAndASecondLoadChangesNothing() throws Exception {
        // given
        Path file = DatabaseTestSupport.sampleFile(SampleData.STATISTICS, dir);
        long rows = Files.lines(file).count() - 1;
        // when
        ImportResult first = importer.importFile(file, StatisticsImporter.Options.defaults());
        ImportResult second = importer.importFile(file, StatisticsImporter.Options.defaults());
        // then
        assertThat(first.rejects()).isEmpty();
        assertThat(first.outcome()).isEqualTo(ImportResult.Outcome.IMPORTED);
        assertThat(first.counts().read()).isEqualTo(rows);
        assertThat(first.counts().imported()).isEqualTo(rows);
        assertThat(jdbc.queryForObject("select count(*) from observation", Long.class)).isEqualTo(rows);
        assertThat(second.counts().imported()).isZero();
        assertThat(second.counts().updated()).isZero();
        assertThat(second.counts().unchanged()).isEqualTo(rows);
        assertThat(jdbc.queryForObject("select count(*) from observation_revision", Long.class)).isZero();
    }

    @Test
    void theSdmxFilesHoldTheSameObservationsAsTheTemplate() throws Exception {
        // given
        Path template = DatabaseTestSupport.sampleFile(SampleData.STATISTICS, dir);
        Path sdmx1 = DatabaseTestSupport.sampleFile(SampleData.STATISTICS_SDMX_1, dir);
        Path sdmx2 = DatabaseTestSupport.sampleFile(SampleData.STATISTICS_SDMX_2, dir);
        importer.importFile(template, StatisticsImporter.Options.defaults());
        // when
        ImportResult fromSdmx1 = importer.importFile(sdmx1, StatisticsImporter.Options.defaults());
        ImportResult fromSdmx2 = importer.importFile(sdmx2, StatisticsImporter.Options.defaults());
        // then
        assertThat(fromSdmx1.format()).isEqualTo("SDMX_CSV_1");
        assertThat(fromSdmx2.format()).isEqualTo("SDMX_CSV_2");
        assertThat(fromSdmx1.counts().unchanged()).isEqualTo(fromSdmx1.counts().read());
        assertThat(fromSdmx2.counts().unchanged()).isEqualTo(fromSdmx2.counts().read());
    }

    @Test
    void aChangedValueBecomesCurrentAndTheOldOneIsKeptAsARevision() throws Exception {
        // given
        String header = "REF_AREA,TIME_PERIOD,INDICATOR,EVENT,ITEM_CLASS,WEAPON_TYPE,CONTEXT,UNIT_MEASURE,OBS_VALUE,"
                + "OBS_STATUS,CONF_STATUS,SOURCE_AGENCY,SOURCE_REF,SYNTHETIC,COMMENT\n";
        Path v1 = Files.writeString(dir.resolve("kz-v1.csv"), header
                + "KZ,2020,TRAFFICKING_CASES,_T,_T,_T,_T,CASES,14,P,F,Test agency,,true,provisional\n");
        Path v2 = Files.writeString(dir.resolve("kz-v2.csv"), header
                + "KZ,2020,TRAFFICKING_CASES,_T,_T,_T,_T,CASES,15,A,F,Test agency,,true,final\n");
        importer.importFile(v1, StatisticsImporter.Options.defaults());
        // when
        ImportResult result = importer.importFile(v2, StatisticsImporter.Options.defaults());
        // then
        assertThat(result.counts().updated()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select obs_value from observation", Long.class)).isEqualTo(15);
        assertThat(jdbc.queryForMap("select r.obs_value, r.obs_status, f.file_name, r.source_line"
                + " from observation_revision r join source_file f on f.id = r.source_file_id"))
                .containsEntry("obs_value", 14L).containsEntry("obs_status", "P")
                .containsEntry("file_name", "kz-v1.csv").containsEntry("source_line", 2);
    }

    @Test
    void dryRunReportsTheSummaryAndWritesNothing() throws Exception {
        // given
        Path file = DatabaseTestSupport.sampleFile(SampleData.STATISTICS, dir);
        // when
        ImportResult result = importer.importFile(file,
                new StatisticsImporter.Options(null, null, true, false));
        // then
        assertThat(result.counts().imported()).isEqualTo(result.counts().read()).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from observation", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from observation_stage", Long.class)).isZero();
    }

    @Test
    void strictLoadsNothingFromAFileWithARejectedRow() throws Exception {
        // given
        String header = "REF_AREA,TIME_PERIOD,INDICATOR,EVENT,ITEM_CLASS,WEAPON_TYPE,CONTEXT,UNIT_MEASURE,OBS_VALUE,"
                + "OBS_STATUS,CONF_STATUS,SOURCE_AGENCY,SOURCE_REF,SYNTHETIC,COMMENT\n";
        Path file = Files.writeString(dir.resolve("one-bad.csv"), header
                + "KZ,2020,TRAFFICKING_CASES,_T,_T,_T,_T,CASES,14,A,F,Test agency,,true,\n"
                + "KZ,2021,TRAFFICKING_CASES,_T,_T,_T,_T,CASES,-3,A,F,Test agency,,true,\n");
        // when
        ImportResult strict = importer.importFile(file, new StatisticsImporter.Options(null, null, false, true));
        ImportResult lenient = importer.importFile(file, StatisticsImporter.Options.defaults());
        // then
        assertThat(strict.outcome()).isEqualTo(ImportResult.Outcome.REFUSED);
        assertThat(strict.refusal()).startsWith("STRICT");
        assertThat(strict.exitCode()).isEqualTo(4);
        assertThat(lenient.outcome()).isEqualTo(ImportResult.Outcome.IMPORTED_WITH_REJECTS);
        assertThat(lenient.exitCode()).isEqualTo(3);
        assertThat(lenient.counts().imported()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from import_reject where rule = 'OBS_VALUE_NEGATIVE'",
                Long.class)).isEqualTo(1);
    }

    @Test
    void cyrillicTextIsStoredIntactFromWindows1251() throws Exception {
        // given
        String csv = "REF_AREA,TIME_PERIOD,INDICATOR,EVENT,ITEM_CLASS,WEAPON_TYPE,CONTEXT,UNIT_MEASURE,OBS_VALUE,"
                + "OBS_STATUS,CONF_STATUS,SOURCE_AGENCY,SOURCE_REF,SYNTHETIC,COMMENT\r\n"
                + "KG,2020,TRAFFICKING_CASES,_T,_T,_T,_T,CASES,9,A,F,МВД Кыргызской Республики,,true,предварительно\r\n";
        Path file = Files.write(dir.resolve("kg-1251.csv"), csv.getBytes(java.nio.charset.Charset.forName("windows-1251")));
        // when
        ImportResult result = importer.importFile(file, StatisticsImporter.Options.defaults());
        // then
        assertThat(result.encoding()).isEqualTo("windows-1251");
        assertThat(jdbc.queryForObject("select source_agency || ' / ' || comment from observation", String.class))
                .isEqualTo("МВД Кыргызской Республики / предварительно");
    }
}
