package org.salwmonitor.batch.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.salwmonitor.batch.DatabaseTestSupport;
import org.salwmonitor.batch.SalwIntegrationTest;
import org.salwmonitor.batch.shared.ImportResult;
import org.salwmonitor.sampledata.SampleData;

@SalwIntegrationTest
class LegalImportIT {

    @Autowired
    LegalImporter importer;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @BeforeEach
    void clean() {
        DatabaseTestSupport.cleanData(jdbc);
    }

    @Test
    void loadsTheSampleParticipationAndSubmissionsAndASecondLoadChangesNothing() throws Exception {
        // given
        Path participation = DatabaseTestSupport.sampleFile(SampleData.PARTICIPATION, dir);
        Path submissions = DatabaseTestSupport.sampleFile(SampleData.SUBMISSIONS, dir);
        long participationRows = Files.lines(participation).count() - 1;
        long submissionRows = Files.lines(submissions).count() - 1;
        // when
        ImportResult first = importer.importFile(participation, null, false, false);
        ImportResult firstSubmissions = importer.importFile(submissions, null, false, false);
        ImportResult second = importer.importFile(participation, null, false, false);
        // then
        assertThat(first.outcome()).isEqualTo(ImportResult.Outcome.IMPORTED);
        assertThat(first.format()).isEqualTo("PARTICIPATION");
        assertThat(first.counts().imported()).isEqualTo(participationRows);
        assertThat(firstSubmissions.format()).isEqualTo("SUBMISSIONS");
        assertThat(firstSubmissions.counts().imported()).isEqualTo(submissionRows);
        assertThat(second.counts().unchanged()).isEqualTo(participationRows);
        assertThat(jdbc.queryForObject("select level from participation_action where state = 'KZ'"
                + " and instrument = 'FIREARMS_PROTOCOL'", String.class)).isEqualTo("DOMESTIC");
    }

    @Test
    void rejectsBadRowsWithTheirReasonAndKeepsTheOldValueOfAChangedOne() throws Exception {
        // given
        String header = "STATE,OBLIGATION,CYCLE,DATE_RECEIVED,PUBLICITY,SOURCE,SYNTHETIC\n";
        Path v1 = Files.writeString(dir.resolve("subs-v1.csv"), header
                + "KZ,ATT_ANNUAL,2019,2020-05-30,PUBLIC,test source,true\n");
        Path v2 = Files.writeString(dir.resolve("subs-v2.csv"), header
                + "KZ,ATT_ANNUAL,2019,2020-05-29,PRIVATE,corrected source,true\n"
                + "XX,ATT_ANNUAL,2019,2020-05-29,PUBLIC,test source,true\n"
                + "KZ,NO_SUCH_REPORT,2019,2020-05-29,PUBLIC,test source,true\n"
                + "KZ,ATT_ANNUAL,2020,31.05.2021,PUBLIC,test source,true\n");
        importer.importFile(v1, null, false, false);
        // when
        ImportResult result = importer.importFile(v2, null, false, false);
        // then
        assertThat(result.counts().updated()).isEqualTo(1);
        assertThat(result.counts().rejected()).isEqualTo(3);
        assertThat(result.rejects()).extracting(r -> r.line() + ":" + r.column() + ":" + r.rule())
                .containsExactly("3:STATE:REF_AREA_UNKNOWN", "4:OBLIGATION:CODE_UNKNOWN", "5:DATE_RECEIVED:DATE_FORMAT");
        assertThat(jdbc.queryForObject("select old_values from legal_revision", String.class))
                .contains("2020-05-30").contains("PUBLIC");
        assertThat(jdbc.queryForObject("select publicity from report_submission", String.class)).isEqualTo("PRIVATE");
    }
}
