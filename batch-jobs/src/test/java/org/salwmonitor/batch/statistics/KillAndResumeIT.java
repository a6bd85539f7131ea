package org.salwmonitor.batch.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.salwmonitor.batch.DatabaseTestSupport;
import org.salwmonitor.batch.ChildImport;
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
        ChildImport child = ChildImport.start(List.of("import", "statistics", file.toString()), dataSource,
                dir.resolve("child.log"), Map.of());
        long stored = child.killWhenStored(() -> jdbc.queryForObject("SELECT count(*) FROM observation", Long.class),
                2L * ImportStatisticsJobConfiguration.CHUNK_SIZE);
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
}
