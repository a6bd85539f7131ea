package org.salwmonitor.batch.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.salwmonitor.sampledata.CaseVolumeGenerator;

/**
 * A real records import of events and items in a separate JVM is killed with SIGKILL while it stores the
 * items; running the same import again resumes from the last committed chunk and leaves exactly the
 * database an uninterrupted run leaves.
 */
@SalwIntegrationTest
class RecordsKillAndResumeIT {

    /** Everything stored about each record except which run stored it, per table. */
    private static final Map<String, String> FINGERPRINTS = Map.of(
            "case_event", "SELECT count(*) AS n, md5(string_agg(concat_ws('|', event_id, ref_area, event_date, event,"
                    + " agency, place, legal_basis, contexts, route, case_stage, synthetic, source_line), ','"
                    + " ORDER BY event_id)) AS digest FROM case_event",
            "case_event_person", "SELECT count(*) AS n, md5(string_agg(event_id || '|' || pseudonym, ','"
                    + " ORDER BY event_id, pseudonym)) AS digest FROM case_event_person",
            "case_item", "SELECT count(*) AS n, md5(string_agg(concat_ws('|', item_id, event_id, line, item_class,"
                    + " weapon_type, part_kind, make, model, calibre, serial, serial_key, serial_obliterated,"
                    + " manufacture_country, manufacture_year, national_category, quantity, unit_measure, synthetic,"
                    + " source_line), ',' ORDER BY item_id)) AS digest FROM case_item");

    @Autowired
    RecordsImporter importer;

    @Autowired
    PseudonymKey pseudonymKey;

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

    private Map<String, Map<String, Object>> fingerprints() {
        Map<String, Map<String, Object>> all = new LinkedHashMap<>();
        FINGERPRINTS.forEach((table, sql) -> all.put(table, jdbc.queryForMap(sql)));
        return all;
    }

    @Test
    void aKilledRecordsImportResumesAndEndsLikeAnUninterruptedRun() throws Exception {
        // given: about 150,000 synthetic item lines with their events, and the database an uninterrupted import leaves
        long[] counts = CaseVolumeGenerator.generate(20230614L, 150_000, dir);
        List<Path> files = List.of(dir.resolve("events.csv"), dir.resolve("items.csv"));
        importer.importFiles(files, RecordsImporter.Options.defaults(), result -> { });
        Map<String, Map<String, Object>> reference = fingerprints();
        assertThat(reference.get("case_item").get("n")).isEqualTo(counts[1]);
        assertThat(reference.get("case_event").get("n")).isEqualTo(counts[0]);
        DatabaseTestSupport.cleanData(jdbc);

        // when: the same import runs in another JVM, with the same pseudonym key, and is killed once two chunks of
        // items are committed
        Process child = ChildSalw.start(dataSource, dir.resolve("child.log"),
                Map.of(PseudonymKey.ENVIRONMENT_VARIABLE, Base64.getEncoder().encodeToString(pseudonymKey.key())),
                "import", "records", files.get(0).toString(), files.get(1).toString());
        long stored = ChildSalw.waitForCount(jdbc, "SELECT count(*) FROM case_item",
                2L * ImportRecordsJobConfiguration.CHUNK_SIZE, child);
        ChildSalw.kill(child, jdbc);
        long afterKill = jdbc.queryForObject("SELECT count(*) FROM case_item", Long.class);
        assertThat(afterKill).as("killed halfway").isGreaterThanOrEqualTo(stored).isLessThan(counts[1]);

        List<ImportResult> resumed = importer.importFiles(files, RecordsImporter.Options.defaults(), result -> { });

        // then
        ImportResult events = resumed.get(0);
        ImportResult items = resumed.get(1);
        assertThat(events.outcome()).isEqualTo(ImportResult.Outcome.IMPORTED);
        assertThat(events.counts().unchanged()).as("the events were done before the kill").isEqualTo(counts[0]);
        assertThat(items.outcome()).isEqualTo(ImportResult.Outcome.IMPORTED);
        assertThat(items.counts().read()).as("the summary covers the whole file").isEqualTo(counts[1]);
        assertThat(items.counts().imported()).isEqualTo(counts[1]);
        assertThat(fingerprints()).isEqualTo(reference);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_record_revision", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_record_stage", Long.class)).isZero();
    }
}
