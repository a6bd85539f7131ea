package org.salwmonitor.batch.statistics;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.jdbc.datasource.DataSourceUtils;

import org.salwmonitor.batch.shared.RowReject;

import static org.salwmonitor.batch.db.Tables.OBSERVATION_STAGE;

/**
 * Stores validated statistics rows, one chunk at a time, inside the chunk's transaction: COPY into a
 * session-local chunk table, reject keys already seen earlier in the same file, then one upsert into
 * {@code observation}. Every replaced value is kept in {@code observation_revision} by the table's
 * update trigger, and a deleted observation by the delete statement: revisions, not overwrites. Merges
 * of concurrent imports are serialised by a transaction-scoped advisory lock.
 *
 * <p>Duplicates within a file are found without recording every key: a key this import wrote into
 * {@code observation} carries one of the import's job executions; the keys it saw but did not write
 * (unchanged rows, deletes, a dry run) are kept in {@code observation_stage} until the import completes.
 * A first import therefore costs one COPY into a table without indexes and one set-based insert.
 */
public class ObservationStore {

    private static final long MERGE_LOCK = 0x5A1F_0001L;

    private static final String KEY_COLUMNS = "ref_area, time_period, indicator, event, item_class, weapon_type,"
            + " context, unit_measure";

    private static final String VALUE_COLUMNS = "obs_value, obs_status, conf_status, source_agency, source_ref,"
            + " synthetic, comment";

    /*
     * The chunk table: temporary (no WAL, no other session sees it), without indexes, emptied at every
     * commit. Its column types are those of observation, so comparisons behave exactly as in the table.
     */
    private static final String CREATE_CHUNK = "CREATE TEMP TABLE IF NOT EXISTS observation_chunk ("
            + " line INTEGER NOT NULL, action CHAR(1) NOT NULL, ref_area CHAR(2) NOT NULL,"
            + " time_period VARCHAR(7) NOT NULL, indicator VARCHAR(40) NOT NULL, event VARCHAR(20) NOT NULL,"
            + " item_class VARCHAR(30) NOT NULL, weapon_type VARCHAR(40) NOT NULL, context VARCHAR(30) NOT NULL,"
            + " unit_measure VARCHAR(20) NOT NULL, obs_value BIGINT, obs_status CHAR(1) NOT NULL,"
            + " conf_status CHAR(1) NOT NULL, source_agency VARCHAR(200) NOT NULL, source_ref VARCHAR(500),"
            + " synthetic BOOLEAN NOT NULL, comment VARCHAR(1000)) ON COMMIT DELETE ROWS";

    private static final String COPY_CHUNK = "COPY observation_chunk (line, action, " + KEY_COLUMNS + ", "
            + VALUE_COLUMNS + ") FROM STDIN WITH (FORMAT csv)";

    private static final String COPY_NEW = "COPY observation (" + KEY_COLUMNS + ", " + VALUE_COLUMNS
            + ", source_file_id, source_line, job_execution_id) FROM STDIN WITH (FORMAT csv)";

    private static final String UNIQUE_VIOLATION = "23505";

    /** The key as {@code observation_stage} keeps it; codes never contain '|'. */
    private static final String SERIES_KEY = "concat_ws('|', c.ref_area, c.time_period, c.indicator, c.event,"
            + " c.item_class, c.weapon_type, c.context, c.unit_measure)";

    private static final String KEY_MATCH = keyMatch("o", "c");

    /** The job executions of the import (more than one after a restart): the rows it wrote carry one of them. */
    private static final String EXECUTIONS = "ARRAY(SELECT e.job_execution_id FROM batch_job_execution e"
            + " WHERE e.job_instance_id = {2})";

    /*
     * Lines of the chunk whose key the stage already holds, with the earlier line. Each row looks its key
     * up through the primary key (a scalar subquery cannot turn into a scan of the whole table, whatever
     * the planner thinks of the sizes), and not at all while the stage holds nothing of this import (the
     * usual first import). {0} is the job instance.
     */
    private static final String STAGED_BEFORE = "SELECT line, first_line FROM (SELECT c.line,"
            + " (SELECT s.line FROM observation_stage s WHERE s.job_instance_id = {0} AND s.series_key = "
            + SERIES_KEY + ") AS first_line FROM observation_chunk c"
            + " WHERE EXISTS (SELECT 1 FROM observation_stage WHERE job_instance_id = {0})) d"
            + " WHERE first_line IS NOT NULL";

    /*
     * The merge proper, one statement: insert new keys, update changed values (the update trigger keeps
     * the old value as a revision), leave equal rows alone (the WHERE of DO UPDATE: no write, no
     * revision), and leave alone a key this import has already written (a duplicate within the file).
     * xmax = 0 tells an inserted row from an updated one. The rows not written (unchanged, deletes,
     * duplicates) then look their key up once more: written by this import, they are duplicates of that
     * line; otherwise they go to the stage. {0} is the job execution, {1} the source file, {2} the job
     * instance.
     */
    private static final String MERGE = "WITH merged AS (INSERT INTO observation AS o (" + KEY_COLUMNS + ", "
            + VALUE_COLUMNS + ", source_file_id, source_line, job_execution_id)"
            + " SELECT " + KEY_COLUMNS + ", " + VALUE_COLUMNS + ", {1}, line, {0} FROM observation_chunk"
            + " WHERE action = 'S'"
            + " ON CONFLICT (" + KEY_COLUMNS + ") DO UPDATE SET obs_value = excluded.obs_value,"
            + " obs_status = excluded.obs_status, conf_status = excluded.conf_status,"
            + " source_agency = excluded.source_agency, source_ref = excluded.source_ref,"
            + " synthetic = excluded.synthetic, comment = excluded.comment, source_file_id = excluded.source_file_id,"
            + " source_line = excluded.source_line, job_execution_id = excluded.job_execution_id, updated_at = now()"
            + " WHERE (o.obs_value, o.obs_status, o.conf_status, o.source_agency, o.source_ref, o.synthetic,"
            + " o.comment) IS DISTINCT FROM (excluded.obs_value, excluded.obs_status, excluded.conf_status,"
            + " excluded.source_agency, excluded.source_ref, excluded.synthetic, excluded.comment)"
            + " AND o.job_execution_id <> ALL (" + EXECUTIONS + ")"
            + " RETURNING o.source_line AS line, o.xmax = 0 AS inserted),"
            + " rest AS MATERIALIZED (SELECT c.line, " + SERIES_KEY + " AS series_key,"
            + " (SELECT o.source_line FROM observation o WHERE " + KEY_MATCH + " AND o.job_execution_id = ANY ("
            + EXECUTIONS + ")) AS first_line FROM observation_chunk c WHERE c.line NOT IN (SELECT line FROM merged)),"
            + " kept AS (INSERT INTO observation_stage (job_instance_id, series_key, line)"
            + " SELECT {2}, series_key, line FROM rest WHERE first_line IS NULL ON CONFLICT DO NOTHING)"
            + " SELECT count(*) FILTER (WHERE inserted) AS inserted, count(*) FILTER (WHERE NOT inserted) AS updated,"
            + " (SELECT array_agg(line ORDER BY line) FROM rest WHERE first_line IS NOT NULL) AS duplicates,"
            + " (SELECT array_agg(first_line ORDER BY line) FROM rest WHERE first_line IS NOT NULL) AS first_lines"
            + " FROM merged";

    /** For a dry run, which writes nothing into observation: every key goes to the stage. */
    private static final String STAGE_ALL = "INSERT INTO observation_stage (job_instance_id, series_key, line)"
            + " SELECT {0}, " + SERIES_KEY + ", c.line FROM observation_chunk c ON CONFLICT DO NOTHING";

    /*
     * Deletes, keeping each deleted value as a DELETE revision; returns how many observations went. The
     * ids are found key by key through the unique index.
     */
    private static final String DELETE = "WITH gone AS (DELETE FROM observation WHERE id = ANY (ARRAY("
            + "SELECT (SELECT o.id FROM observation o WHERE " + KEY_MATCH + ") FROM observation_chunk c"
            + " WHERE c.action = 'D')) RETURNING *)"
            + " INSERT INTO observation_revision (change, " + KEY_COLUMNS + ", " + VALUE_COLUMNS + ", source_file_id,"
            + " source_line, job_execution_id, superseded_by_job, superseded_by_file, superseded_by_line)"
            + " SELECT 'DELETE', g.ref_area, g.time_period, g.indicator, g.event, g.item_class, g.weapon_type,"
            + " g.context, g.unit_measure, g.obs_value, g.obs_status, g.conf_status, g.source_agency, g.source_ref,"
            + " g.synthetic, g.comment, g.source_file_id, g.source_line, g.job_execution_id, {0}, {1}, c.line"
            + " FROM gone g JOIN observation_chunk c ON c.action = 'D' AND " + keyMatch("g", "c");

    /** What the merge would do, for {@code --dry-run}: each row looks up its key through the unique index. */
    private static final String CLASSIFY = "SELECT"
            + " count(*) FILTER (WHERE c.action = 'S' AND m.differs IS NULL) AS inserted,"
            + " count(*) FILTER (WHERE c.action = 'S' AND m.differs) AS updated,"
            + " count(*) FILTER (WHERE c.action = 'D' AND m.differs IS NOT NULL) AS deleted"
            + " FROM observation_chunk c LEFT JOIN LATERAL (SELECT (o.obs_value, o.obs_status, o.conf_status,"
            + " o.source_agency, o.source_ref, o.synthetic, o.comment) IS DISTINCT FROM (c.obs_value, c.obs_status,"
            + " c.conf_status, c.source_agency, c.source_ref, c.synthetic, c.comment) AS differs"
            + " FROM observation o WHERE " + KEY_MATCH + " LIMIT 1) m ON true";

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
     * Stages and merges the valid rows of one chunk.
     *
     * @param rows    the chunk's valid rows, in file order
     * @param dryRun  classify the rows as the merge would, but change nothing in {@code observation}
     */
    public ChunkResult store(long jobInstanceId, long jobExecutionId, long sourceFileId, String fileName,
                             List<StatisticsRow> rows, boolean dryRun) {
        if (rows.isEmpty()) {
            return new ChunkResult(0, 0, 0, 0, List.of());
        }
        // a key twice in the same chunk is found here, before anything reaches the database
        Map<Key, Integer> firstLineOfKey = new HashMap<>(rows.size() * 2);
        Map<Integer, Integer> duplicateOf = new HashMap<>();
        List<StatisticsRow> unique = new ArrayList<>(rows.size());
        boolean deletes = false;
        for (StatisticsRow row : rows) {
            Integer first = firstLineOfKey.putIfAbsent(Key.of(row), row.line());
            if (first == null) {
                unique.add(row);
                deletes |= row.action() == StatisticsRow.Action.DELETE;
            } else {
                duplicateOf.put(row.line(), first);
            }
        }
        // from here to the commit, no other import merges: a key found absent stays absent
        boolean staged = dsl.resultQuery("SELECT pg_advisory_xact_lock({0}), EXISTS (SELECT 1 FROM observation_stage"
                + " WHERE job_instance_id = {1})", MERGE_LOCK, jobInstanceId).fetchOne().get(1, Boolean.class);
        if (!dryRun && !deletes && !staged && copyNew(unique, jobExecutionId, sourceFileId)) {
            return new ChunkResult(unique.size(), 0, 0, 0, duplicatesOf(fileName, duplicateOf));
        }
        dsl.execute(CREATE_CHUNK);
        copyToChunk(unique);
        // a key the stage holds: the row goes, and so do its in-chunk repeats (they name the first line)
        Map<Integer, Integer> earlier = new HashMap<>();
        for (Record r : dsl.resultQuery(STAGED_BEFORE, jobInstanceId).fetch()) {
            earlier.put(r.get(0, Integer.class), r.get(1, Integer.class));
        }
        if (!earlier.isEmpty()) {
            dsl.execute("DELETE FROM observation_chunk WHERE line = ANY({0})",
                    (Object) earlier.keySet().toArray(Integer[]::new));
        }
        int inserted;
        int updated;
        int deleted = 0;
        if (dryRun) {
            Record counts = dsl.resultQuery(CLASSIFY).fetchOne();
            inserted = counts.get("inserted", Integer.class);
            updated = counts.get("updated", Integer.class);
            deleted = counts.get("deleted", Integer.class);
            dsl.execute(STAGE_ALL, jobInstanceId);
        } else {
            Record counts = dsl.resultQuery(MERGE, jobExecutionId, sourceFileId, jobInstanceId).fetchOne();
            inserted = counts.get("inserted", Integer.class);
            updated = counts.get("updated", Integer.class);
            Integer[] written = counts.get("duplicates", Integer[].class);
            if (written != null) {
                Integer[] firstLines = counts.get("first_lines", Integer[].class);
                for (int i = 0; i < written.length; i++) {
                    earlier.put(written[i], firstLines[i]);
                }
                if (deletes) {
                    dsl.execute("DELETE FROM observation_chunk WHERE line = ANY({0})", (Object) written);
                }
            }
            if (deletes) {
                deleted = dsl.execute(DELETE, jobExecutionId, sourceFileId);
            }
        }
        duplicateOf.replaceAll((line, first) -> earlier.getOrDefault(first, first));
        duplicateOf.putAll(earlier);
        List<RowReject> duplicates = duplicatesOf(fileName, duplicateOf);
        int stored = rows.size() - duplicates.size();
        // a row equal to the stored one, or a delete of a key that does not exist, changes nothing: unchanged
        int unchanged = stored - inserted - updated - deleted;
        return new ChunkResult(inserted, updated, unchanged, deleted, duplicates);
    }

    /** Removes the keys kept by a finished import. */
    public void clearStage(long jobInstanceId) {
        dsl.deleteFrom(OBSERVATION_STAGE).where(OBSERVATION_STAGE.JOB_INSTANCE_ID.eq(jobInstanceId)).execute();
    }

    private static List<RowReject> duplicatesOf(String fileName, Map<Integer, Integer> duplicateOf) {
        return duplicateOf.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(d -> new RowReject(fileName, d.getKey(), null, null, "DUPLICATE_KEY",
                        "the same key (REF_AREA, TIME_PERIOD, INDICATOR, EVENT, ITEM_CLASS, WEAPON_TYPE, CONTEXT,"
                                + " UNIT_MEASURE) as line " + d.getValue() + " of this file; the later row is rejected"))
                .toList();
    }

    private static String keyMatch(String a, String b) {
        StringBuilder match = new StringBuilder();
        for (String column : KEY_COLUMNS.split(", ")) {
            match.append(match.isEmpty() ? "" : " AND ").append(a).append('.').append(column).append(" = ")
                    .append(b).append('.').append(column);
        }
        return match.toString();
    }

    /** The key of an observation; its codes are mostly shared strings whose hash codes are cached. */
    private record Key(String refArea, String timePeriod, String indicator, String event, String itemClass,
                       String weaponType, String context, String unit) {
        static Key of(StatisticsRow row) {
            return new Key(row.refArea(), row.timePeriod(), row.indicator(), row.event(), row.itemClass(),
                    row.weaponType(), row.context(), row.unit());
        }
    }

    private void copyToChunk(List<StatisticsRow> rows) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (CsvCopyStream copy = new CsvCopyStream(connection, COPY_CHUNK)) {
            for (StatisticsRow row : rows) {
                copy.number(row.line()).comma().ascii(row.action() == StatisticsRow.Action.DELETE ? "D" : "S").comma();
                keyAndValues(copy, row).endRow();
            }
            copy.finish();
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into observation_chunk failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * COPYs rows straight into {@code observation}, PostgreSQL's fastest way in, on the bet that none of
     * their keys is there yet (so every row is an insert: the usual first import). If one is, the COPY
     * fails on the unique key and is rolled back to a savepoint, and the caller merges instead.
     *
     * @return whether the rows were stored
     */
    private boolean copyNew(List<StatisticsRow> rows, long jobExecutionId, long sourceFileId) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            Savepoint savepoint = connection.setSavepoint();
            try (CsvCopyStream copy = new CsvCopyStream(connection, COPY_NEW)) {
                for (StatisticsRow row : rows) {
                    keyAndValues(copy, row).comma().number(sourceFileId).comma().number(row.line()).comma()
                            .number(jobExecutionId).endRow();
                }
                copy.finish();
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                connection.rollback(savepoint);
                return false;
            }
            connection.releaseSavepoint(savepoint);
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into observation failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Appends the key and value columns of a row, in the order of {@link #KEY_COLUMNS} and {@link #VALUE_COLUMNS}. */
    private static CsvCopyStream keyAndValues(CsvCopyStream copy, StatisticsRow row) throws SQLException {
        return copy.text(row.refArea()).comma().text(row.timePeriod()).comma().text(row.indicator()).comma()
                .text(row.event()).comma().text(row.itemClass()).comma().text(row.weaponType()).comma()
                .text(row.context()).comma().text(row.unit()).comma().number(row.value()).comma()
                .text(row.obsStatus()).comma().text(row.confStatus()).comma().text(row.sourceAgency()).comma()
                .text(row.sourceRef()).comma().bool(row.synthetic()).comma().text(row.comment());
    }
}
