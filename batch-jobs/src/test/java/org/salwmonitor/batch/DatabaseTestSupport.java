package org.salwmonitor.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.jdbc.core.JdbcTemplate;

import org.salwmonitor.sampledata.SampleData;

/** Helpers shared by the integration tests: a clean data schema and sample files on disk. */
public final class DatabaseTestSupport {

    /** Everything stored about the observations except which run stored them: a count and a digest. */
    public static final String OBSERVATION_FINGERPRINT = "SELECT count(*) AS n, md5(string_agg(concat_ws('|', ref_area,"
            + " time_period, indicator, event, item_class, weapon_type, context, unit_measure, obs_value, obs_status,"
            + " conf_status, source_agency, source_ref, synthetic, comment, source_line), ',' ORDER BY ref_area,"
            + " time_period, indicator, event, item_class, weapon_type, context, unit_measure)) AS digest FROM observation";

    private DatabaseTestSupport() {
    }

    /** Empties every data table (the job repository is kept: executions are history, not data). */
    public static void cleanData(JdbcTemplate jdbc) {
        jdbc.execute("TRUNCATE observation, observation_revision, observation_stage, import_reject, participation_action,"
                + " report_submission, legal_revision, source_file"
                + ", case_event, case_event_person, case_item, tracing_request, lost_stolen, case_record_revision,"
                + " case_record_stage"
                // the matching tables kept by triggers (TRUNCATE fires none); the make aliases are reference data
                + ", match_shared_key, match_serial_key, match_serial_variant, match_serial_near"
                + " RESTART IDENTITY CASCADE");
    }

    /** Copies a sample-data resource (path relative to {@link SampleData#ROOT}) into a folder. */
    public static Path sampleFile(String path, Path folder) {
        Path target = folder.resolve(Path.of(path).getFileName().toString());
        try (InputStream in = SampleData.open(path)) {
            Files.copy(in, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
