package org.salwmonitor.batch.statistics;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;

import org.salwmonitor.batch.shared.RowReject;

import static org.salwmonitor.batch.db.Tables.IMPORT_REJECT;
import static org.salwmonitor.batch.db.Tables.OBSERVATION_STAGE;

/**
 * Stores validated statistics rows, one chunk at a time, inside the chunk's transaction: COPY into the
 * stage table, reject keys already seen in the same file, then one set-based merge into
 * {@code observation} that keeps every replaced value as a revision. Merges of concurrent imports are
 * serialised by a transaction-scoped advisory lock, so two imports cannot double count or lose a value.
 */
public class ObservationStore {

    private static final long MERGE_LOCK = 0x5A1F_0001L;

    private static final String STAGE_COLUMNS = "job_instance_id, line, action, ref_area, time_period, indicator, event,"
            + " item_class, weapon_type, context, unit_measure, obs_value, obs_status, conf_status, source_agency,"
            + " source_ref, synthetic, comment";

    private static final String KEY_MATCH = "o.ref_area = s.ref_area AND o.time_period = s.time_period"
            + " AND o.indicator = s.indicator AND o.event = s.event AND o.item_class = s.item_class"
            + " AND o.weapon_type = s.weapon_type AND o.context = s.context AND o.unit_measure = s.unit_measure";

    private static final String VALUES_DIFFER = "(o.obs_value, o.obs_status, o.conf_status, o.source_agency, o.source_ref,"
            + " o.synthetic, o.comment) IS DISTINCT FROM (s.obs_value, s.obs_status, s.conf_status, s.source_agency,"
            + " s.source_ref, s.synthetic, s.comment)";

    private static final String REVISION_COLUMNS = "change, ref_area, time_period, indicator, event, item_class,"
            + " weapon_type, context, unit_measure, obs_value, obs_status, conf_status, source_agency, source_ref,"
            + " synthetic, comment, source_file_id, source_line, job_execution_id, superseded_by_job,"
            + " superseded_by_file, superseded_by_line";

    private static final String REVISION_VALUES = "o.ref_area, o.time_period, o.indicator, o.event, o.item_class,"
            + " o.weapon_type, o.context, o.unit_measure, o.obs_value, o.obs_status, o.conf_status, o.source_agency,"
            + " o.source_ref, o.synthetic, o.comment, o.source_file_id, o.source_line, o.job_execution_id";

    /*
     * The merge of one chunk, as five statements over the chunk's stage rows (lines {1}..{2} of job
     * instance {0}): each joins the chunk to observation through an index, so its cost does not grow
     * with the size of the table. {3} is the job execution, {4} the source file.
     */
    private static final String CHUNK = " FROM observation_stage s WHERE s.job_instance_id = {0}"
            + " AND s.line BETWEEN {1} AND {2}";

    private static final String MATCH = "UPDATE observation_stage s SET observation_id = o.id, differs = "
            + VALUES_DIFFER + " FROM observation o WHERE " + KEY_MATCH
            + " AND s.job_instance_id = {0} AND s.line BETWEEN {1} AND {2}";

    private static final String REVISE = "INSERT INTO observation_revision (" + REVISION_COLUMNS + ")"
            + " SELECT CASE WHEN s.action = 'D' THEN 'DELETE' ELSE 'UPDATE' END, " + REVISION_VALUES
            + ", {3}, {4}, s.line FROM observation_stage s JOIN observation o ON o.id = s.observation_id"
            + " WHERE s.job_instance_id = {0} AND s.line BETWEEN {1} AND {2} AND (s.action = 'D' OR s.differs)";

    private static final String UPDATE = "UPDATE observation o SET obs_value = s.obs_value, obs_status = s.obs_status,"
            + " conf_status = s.conf_status, source_agency = s.source_agency, source_ref = s.source_ref,"
            + " synthetic = s.synthetic, comment = s.comment, source_file_id = {4}, source_line = s.line,"
            + " job_execution_id = {3}, updated_at = now()"
            + " FROM observation_stage s WHERE o.id = s.observation_id AND s.action = 'S' AND s.differs"
            + " AND s.job_instance_id = {0} AND s.line BETWEEN {1} AND {2}";

    private static final String DELETE = "DELETE FROM observation o USING observation_stage s"
            + " WHERE o.id = s.observation_id AND s.action = 'D'"
            + " AND s.job_instance_id = {0} AND s.line BETWEEN {1} AND {2}";

    private static final String INSERT = "INSERT INTO observation (ref_area, time_period, indicator, event, item_class,"
            + " weapon_type, context, unit_measure, obs_value, obs_status, conf_status, source_agency, source_ref,"
            + " synthetic, comment, source_file_id, source_line, job_execution_id)"
            + " SELECT s.ref_area, s.time_period, s.indicator, s.event, s.item_class, s.weapon_type, s.context,"
            + " s.unit_measure, s.obs_value, s.obs_status, s.conf_status, s.source_agency, s.source_ref, s.synthetic,"
            + " s.comment, {4}, s.line, {3}" + CHUNK + " AND s.action = 'S' AND s.observation_id IS NULL";

    /** What the merge would do, for {@code --dry-run}: counted from the matched stage rows. */
    private static final String CLASSIFY = "SELECT"
            + " count(*) FILTER (WHERE s.action = 'S' AND s.observation_id IS NULL) AS inserted,"
            + " count(*) FILTER (WHERE s.action = 'S' AND s.differs) AS updated,"
            + " count(*) FILTER (WHERE s.action = 'D' AND s.observation_id IS NOT NULL) AS deleted" + CHUNK;

    private static final String DUPLICATES = "SELECT s.line, min(p.line) AS first_line FROM observation_stage s"
            + " JOIN observation_stage p ON p.job_instance_id = s.job_instance_id AND p.line < s.line"
            + "  AND p.ref_area = s.ref_area AND p.time_period = s.time_period AND p.indicator = s.indicator"
            + "  AND p.event = s.event AND p.item_class = s.item_class AND p.weapon_type = s.weapon_type"
            + "  AND p.context = s.context AND p.unit_measure = s.unit_measure"
            + " WHERE s.job_instance_id = {0} AND s.line BETWEEN {1} AND {2} GROUP BY s.line ORDER BY s.line";

    private final DSLContext dsl;
    private final DataSource dataSource;

    public ObservationStore(DSLContext dsl, DataSource dataSource) {
        this.dsl = dsl;
        this.dataSource = dataSource;
    }

    /** What one chunk did to the store. */
    public record ChunkResult(int inserted, int updated, int unchanged, int deleted, List<RowReject> duplicates) {
    }

    /**
     * Stages and merges the valid rows of one chunk (lines {@code firstLine..lastLine} of the file).
     *
     * @param dryRun             classify the rows as the merge would, but change nothing in {@code observation}
     * @param refreshStatistics  ANALYZE the stage and observation tables first (the tables have grown)
     */
    public ChunkResult store(long jobInstanceId, long jobExecutionId, long sourceFileId, String fileName,
                             List<StatisticsRow> rows, int firstLine, int lastLine, boolean dryRun,
                             boolean refreshStatistics) {
        if (rows.isEmpty()) {
            return new ChunkResult(0, 0, 0, 0, List.of());
        }
        copyToStage(jobInstanceId, rows);
        // Plans for the queries below depend on table sizes, which change fast during an import: the
        // stage is empty whenever autovacuum looks at it. Stale statistics made the planner scan the whole
        // stage per chunk (a re-import of 220,000 rows took minutes), so statistics are refreshed on an
        // exponential schedule (a handful of ANALYZEs per file) and every query is planned afresh.
        dsl.execute("SET LOCAL plan_cache_mode = force_custom_plan");
        // index probes are cheap next to reading a whole table per chunk (the default assumes spinning disks)
        dsl.execute("SET LOCAL random_page_cost = 1.1");
        if (refreshStatistics) {
            dsl.execute("ANALYZE observation_stage");
            dsl.execute("ANALYZE observation");
        }
        List<RowReject> duplicates = dsl.resultQuery(DUPLICATES, jobInstanceId, firstLine, lastLine).fetch()
                .map(r -> new RowReject(fileName, r.get("line", Integer.class), null, null, "DUPLICATE_KEY",
                        "the same key (REF_AREA, TIME_PERIOD, INDICATOR, EVENT, ITEM_CLASS, WEAPON_TYPE, CONTEXT,"
                                + " UNIT_MEASURE) as line " + r.get("first_line", Integer.class)
                                + " of this file; the later row is rejected"));
        for (RowReject duplicate : duplicates) {
            dsl.deleteFrom(OBSERVATION_STAGE).where(OBSERVATION_STAGE.JOB_INSTANCE_ID.eq(jobInstanceId)
                    .and(OBSERVATION_STAGE.LINE.eq(duplicate.line()))).execute();
        }
        dsl.resultQuery("SELECT pg_advisory_xact_lock({0})", MERGE_LOCK).fetch();
        Object[] chunk = {jobInstanceId, firstLine, lastLine, jobExecutionId, sourceFileId};
        dsl.execute(MATCH, chunk);
        int inserted;
        int updated;
        int deleted;
        if (dryRun) {
            Record counts = dsl.resultQuery(CLASSIFY, chunk).fetchOne();
            inserted = counts.get("inserted", Integer.class);
            updated = counts.get("updated", Integer.class);
            deleted = counts.get("deleted", Integer.class);
        } else {
            dsl.execute(REVISE, chunk);
            updated = dsl.execute(UPDATE, chunk);
            deleted = dsl.execute(DELETE, chunk);
            inserted = dsl.execute(INSERT, chunk);
        }
        int stored = rows.size() - duplicates.size();
        // a delete of a key that does not exist changes nothing: it counts as unchanged
        int unchanged = stored - inserted - updated - deleted;
        return new ChunkResult(inserted, updated, unchanged, deleted, duplicates);
    }

    /** Records rejects (severity REJECT) or notices (NOTICE) in the database, in the chunk's transaction, so they survive with the chunk or not at all. */
    public void saveRejects(long jobInstanceId, long jobExecutionId, List<RowReject> rejects, String severity) {
        if (rejects.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(IMPORT_REJECT, IMPORT_REJECT.JOB_INSTANCE_ID, IMPORT_REJECT.JOB_EXECUTION_ID,
                IMPORT_REJECT.FILE_NAME, IMPORT_REJECT.LINE, IMPORT_REJECT.COLUMN_NAME, IMPORT_REJECT.VALUE,
                IMPORT_REJECT.RULE, IMPORT_REJECT.MESSAGE, IMPORT_REJECT.SEVERITY);
        for (RowReject reject : rejects) {
            insert = insert.values(jobInstanceId, jobExecutionId, reject.fileName(), reject.line(), reject.column(),
                    reject.value(), reject.rule(), truncate(reject.message(), 2000), severity);
        }
        insert.execute();
    }

    /** Removes the scratch rows of a finished import. */
    public void clearStage(long jobInstanceId) {
        dsl.deleteFrom(OBSERVATION_STAGE).where(OBSERVATION_STAGE.JOB_INSTANCE_ID.eq(jobInstanceId)).execute();
    }

    private void copyToStage(long jobInstanceId, List<StatisticsRow> rows) {
        StringBuilder csv = new StringBuilder(rows.size() * 160);
        for (StatisticsRow row : rows) {
            csv.append(jobInstanceId).append(',').append(row.line()).append(',')
                    .append(row.action() == StatisticsRow.Action.DELETE ? 'D' : 'S').append(',');
            field(csv, row.refArea()).append(',');
            field(csv, row.timePeriod()).append(',');
            field(csv, row.indicator()).append(',');
            field(csv, row.event()).append(',');
            field(csv, row.itemClass()).append(',');
            field(csv, row.weaponType()).append(',');
            field(csv, row.context()).append(',');
            field(csv, row.unit()).append(',');
            if (row.value() != null) {
                csv.append(row.value());
            }
            csv.append(',');
            field(csv, row.obsStatus()).append(',');
            field(csv, row.confStatus()).append(',');
            field(csv, row.sourceAgency()).append(',');
            field(csv, row.sourceRef()).append(',');
            csv.append(row.synthetic()).append(',');
            field(csv, row.comment()).append('\n');
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY observation_stage (" + STAGE_COLUMNS + ") FROM STDIN WITH (FORMAT csv)",
                            new StringReader(csv.toString()));
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into observation_stage failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Appends a CSV field for COPY: absent values stay empty (NULL), text is always quoted. */
    private static StringBuilder field(StringBuilder csv, String value) {
        if (value == null) {
            return csv;
        }
        csv.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                csv.append('"');
            }
            csv.append(c);
        }
        return csv.append('"');
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
