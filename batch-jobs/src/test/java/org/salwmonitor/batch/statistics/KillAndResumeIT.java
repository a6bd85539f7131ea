package org.salwmonitor.batch.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.salwmonitor.batch.DatabaseTestSupport;
import org.salwmonitor.batch.SalwApplication;
import org.salwmonitor.batch.SalwIntegrationTest;
import org.salwmonitor.batch.shared.ImportResult;
import org.salwmonitor.sampledata.VolumeGenerator;

/**
 * A real import in a separate JVM is killed with SIGKILL halfway; running the same import again
 * resumes from the last committed chunk and leaves exactly the database an uninterrupted run leaves.
 */
@SalwIntegrationTest
class KillAndResumeIT {

    /** Everything stored about an observation except which run stored it. */
    private static final String FINGERPRINT = "SELECT count(*) AS n, md5(string_agg(concat_ws('|', ref_area, time_period,"
            + " indicator, event, item_class, weapon_type, context, unit_measure, obs_value, obs_status, conf_status,"
            + " source_agency, source_ref, synthetic, comment, source_line), ',' ORDER BY ref_area, time_period,"
            + " indicator, event, item_class, weapon_type, context, unit_measure)) AS digest FROM observation";

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
        var reference = jdbc.queryForMap(FINGERPRINT);
        assertThat(reference.get("n")).isEqualTo(rows);
        DatabaseTestSupport.cleanData(jdbc);

        // when: the same import runs in another JVM and is killed once two chunks are committed
        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SalwApplication.class.getName(),
                "import", "statistics", file.toString(),
                "--db-url", dataSource.getJdbcUrl(), "--db-user", dataSource.getUsername(),
                "--db-password", dataSource.getPassword()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        long stored = waitForStoredRows(child, 2L * ImportStatisticsJobConfiguration.CHUNK_SIZE);
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long afterKill = jdbc.queryForObject("SELECT count(*) FROM observation", Long.class);
        assertThat(afterKill).as("killed halfway").isGreaterThanOrEqualTo(stored).isLessThan(rows);

        ImportResult resumed = importer.importFile(file, StatisticsImporter.Options.defaults());

        // then
        assertThat(resumed.outcome()).isEqualTo(ImportResult.Outcome.IMPORTED);
        assertThat(resumed.counts().read()).as("the summary covers the whole file").isEqualTo(rows);
        assertThat(resumed.counts().imported()).isEqualTo(rows);
        assertThat(jdbc.queryForMap(FINGERPRINT)).isEqualTo(reference);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM observation_revision", Long.class)).isZero();
    }

    private long waitForStoredRows(Process child, long wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            long stored = jdbc.queryForObject("SELECT count(*) FROM observation", Long.class);
            if (stored >= wanted) {
                return stored;
            }
            assertThat(child.isAlive()).as("the child import is still running").isTrue();
            Thread.sleep(20);
        }
        throw new AssertionError("the child import stored fewer than " + wanted + " rows in 3 minutes");
    }
}
