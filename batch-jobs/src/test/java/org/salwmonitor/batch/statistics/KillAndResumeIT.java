package org.salwmonitor.batch.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.salwmonitor.batch.ChildSalw;
import org.salwmonitor.batch.DatabaseTestSupport;
import org.salwmonitor.batch.SalwIntegrationTest;
import org.salwmonitor.batch.shared.ImportResult;
import org.salwmonitor.sampledata.VolumeGenerator;

/**
 * A real import in a separate JVM is killed with SIGKILL halfway; running the same import again
 * resumes from the last committed chunk and leaves exactly the database an uninterrupted run leaves.
 */
@SalwIntegrationTest
class KillAndResumeIT {

    @Autowired
    StatisticsImporter importer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HikariDataSource dataSource;

    @TempDir
    Path dir;

    @BeforeEach
    void clean() {
        DatabaseTestSupport.cleanData(jdbc);
    }

    @Test
    void aKilledImportResumesAndEndsLikeAnUninterruptedRun() throws Exception {
        // given: about 220,000 synthetic observations, and the database an uninterrupted import leaves
        long rows = VolumeGenerator.generate(20230614L, 0, 193, 30, dir)[3];
        Path file = dir.resolve("statistics.csv");
        importer.importFile(file, StatisticsImporter.Options.defaults());
        var reference = jdbc.queryForMap(DatabaseTestSupport.OBSERVATION_FINGERPRINT);
        assertThat(reference.get("n")).isEqualTo(rows);
        DatabaseTestSupport.cleanData(jdbc);

        // when: the same import runs in another JVM and is killed once two chunks are committed
        Process child = ChildSalw.start(dataSource, dir.resolve("child.log"), "import", "statistics", file.toString());
        long stored = ChildSalw.waitForCount(jdbc, "SELECT count(*) FROM observation",
                2L * ImportStatisticsJobConfiguration.CHUNK_SIZE, child);
        ChildSalw.kill(child, jdbc);
        long afterKill = jdbc.queryForObject("SELECT count(*) FROM observation", Long.class);
        assertThat(afterKill).as("killed halfway").isGreaterThanOrEqualTo(stored).isLessThan(rows);

        ImportResult resumed = importer.importFile(file, StatisticsImporter.Options.defaults());

        // then
        assertThat(resumed.outcome()).isEqualTo(ImportResult.Outcome.IMPORTED);
        assertThat(resumed.counts().read()).as("the summary covers the whole file").isEqualTo(rows);
        assertThat(resumed.counts().imported()).isEqualTo(rows);
        assertThat(jdbc.queryForMap(DatabaseTestSupport.OBSERVATION_FINGERPRINT)).isEqualTo(reference);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM observation_revision", Long.class)).isZero();
    }
}
