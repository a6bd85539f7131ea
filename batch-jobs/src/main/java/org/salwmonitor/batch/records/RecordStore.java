package org.salwmonitor.batch.records;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;

import org.salwmonitor.batch.shared.RowReject;

/**
 * Stores validated case records, one chunk at a time, inside the chunk's transaction, set-based: the usual
 * first import COPYs the chunk straight into its table (and an event's pseudonyms into
 * {@code case_event_person}); otherwise the chunk is COPYed into a session-local table and merged by a few
 * statements: new identifiers inserted, changed records updated (the table's update trigger keeps the old
 * content in {@code case_record_revision}), equal ones left alone. Merges of concurrent imports are
 * serialised by a transaction-scoped advisory lock, so a record is never counted new twice.
 *
 * <p>Before anything is stored, rows that name a record that does not exist are rejected: an item whose
 * event is unknown ({@code EVENT_UNKNOWN}), a tracing request whose item is unknown or not a firearm
 * ({@code ITEM_UNKNOWN}). A dry run may name the dry run of the file it depends on, whose staged records
 * then count as existing.
 *
 * <p>Duplicates within a file ({@code DUPLICATE_KEY}) are found as for statistics: within a chunk by a hash
 * set; across chunks and restarts, a record this import wrote carries one of its job executions, and the
 * identifiers it saw but did not write (unchanged records, every row of a dry run) are kept in
 * {@code case_record_stage} until the import completes.
 */
public class RecordStore {

    private static final long MERGE_LOCK = 0x5A1F_0005L;
    private static final String UNIQUE_VIOLATION = "23505";

    /** The job executions of the import (more than one after a restart): the rows it wrote carry one of them. */
    private static final String EXECUTIONS = "ARRAY(SELECT e.job_execution_id FROM batch_job_execution e"
            + " WHERE e.job_instance_id = {0})";

    private final DSLContext dsl;
    private final DataSource dataSource;

    public RecordStore(DSLContext dsl, DataSource dataSource) {
        this.dsl = dsl;
        this.dataSource = dataSource;
    }

    /** What one chunk did to the store; {@code rejects} are the rows refused here (unknown references, duplicates). */
    public record ChunkResult(int inserted, int updated, int unchanged, List<RowReject> rejects) {
    }

    /**
     * Where a chunk goes and what it may rely on: {@code knownInstances} are the job instances of dry runs
     * whose staged records count as existing (the dry run of the events for a dry run of items).
     */
    public record Target(RecordKind kind, long jobInstanceId, long jobExecutionId, long sourceFileId, String fileName,
                         boolean dryRun, List<Long> knownInstances) {
        /** Copies the list. */
        public Target {
            knownInstances = List.copyOf(knownInstances);
        }
    }

    /**
     * Stores the valid rows of one chunk.
     *
     * @param target  the table, the import and, for a dry run, the dry run of the file this one depends on
     * @param rows    the chunk's valid rows, in file order, all of {@code target.kind()}
     * @return the counts and the rows refused here
     */
    public ChunkResult store(Target target, List<? extends RecordRow> rows) {
        if (rows.isEmpty()) {
            return new ChunkResult(0, 0, 0, List.of());
        }
        Spec spec = Spec.of(target.kind());
        List<RowReject> rejects = new ArrayList<>();
        // from here to the commit, no other import merges records: an identifier found absent stays absent
        boolean staged = dsl.resultQuery("SELECT pg_advisory_xact_lock({0}), EXISTS (SELECT 1 FROM case_record_stage"
                + " WHERE job_instance_id = {1})", MERGE_LOCK, target.jobInstanceId()).fetchOne().get(1, Boolean.class);
        List<RecordRow> known = withKnownReferences(target, rows, rejects);

        // an identifier twice in the same chunk is found here, before anything reaches the database
        Map<String, Integer> firstLineOfId = new HashMap<>(known.size() * 2);
        Map<Integer, Integer> duplicateOf = new HashMap<>();
        List<RecordRow> unique = new ArrayList<>(known.size());
        for (RecordRow row : known) {
            Integer first = firstLineOfId.putIfAbsent(row.id(), row.line());
            if (first == null) {
                unique.add(row);
            } else {
                duplicateOf.put(row.line(), first);
            }
        }
        int inserted;
        int updated = 0;
        int unchanged = 0;
        Map<Integer, Integer> earlier = new HashMap<>();
        if (!target.dryRun() && !staged && copyNew(spec, unique, target)) {
            inserted = unique.size();
        } else {
            dsl.execute(spec.createChunk());
            copy(spec.copyChunk(), chunkCsv(spec, unique));
            if (staged) {
                for (Record r : dsl.resultQuery("SELECT c.file_line, s.line FROM " + spec.chunk() + " c JOIN case_record_stage s"
                        + " ON s.job_instance_id = {0} AND s.record_id = c." + spec.id(), target.jobInstanceId()).fetch()) {
                    earlier.put(r.get(0, Integer.class), r.get(1, Integer.class));
                }
                if (!earlier.isEmpty()) {
                    dsl.execute("DELETE FROM " + spec.chunk() + " WHERE file_line = ANY({0})",
                            (Object) earlier.keySet().toArray(Integer[]::new));
                }
            }
            dsl.execute(spec.classify(), target.jobInstanceId());
            if (!target.dryRun()) {
                dsl.execute(spec.insertNew(), target.jobExecutionId(), target.sourceFileId());
                dsl.execute(spec.updateChanged(), target.jobExecutionId(), target.sourceFileId());
                if (spec.kind() == RecordKind.EVENTS) {
                    dsl.execute("DELETE FROM case_event_person p USING " + spec.chunk() + " c WHERE c.state = 'U'"
                            + " AND p.event_id = c.event_id");
                    dsl.execute("INSERT INTO case_event_person (event_id, pseudonym) SELECT c.event_id, unnest(c.persons)"
                            + " FROM " + spec.chunk() + " c WHERE c.state IN ('N', 'U')");
                }
            }
            dsl.execute(spec.stage(target.dryRun()), target.jobInstanceId());
            Record counts = dsl.resultQuery("SELECT count(*) FILTER (WHERE state = 'N') AS inserted,"
                    + " count(*) FILTER (WHERE state = 'U') AS updated, count(*) FILTER (WHERE state = 'S') AS unchanged,"
                    + " array_agg(file_line ORDER BY file_line) FILTER (WHERE state = 'D') AS duplicates,"
                    + " array_agg(first_line ORDER BY file_line) FILTER (WHERE state = 'D') AS first_lines FROM "
                    + spec.chunk()).fetchOne();
            inserted = counts.get("inserted", Integer.class);
            updated = counts.get("updated", Integer.class);
            unchanged = counts.get("unchanged", Integer.class);
            Integer[] written = counts.get("duplicates", Integer[].class);
            if (written != null) {
                Integer[] firstLines = counts.get("first_lines", Integer[].class);
                for (int i = 0; i < written.length; i++) {
                    earlier.put(written[i], firstLines[i]);
                }
            }
        }
        // an in-chunk repeat of a row that was itself a duplicate names the very first line
        duplicateOf.replaceAll((line, first) -> earlier.getOrDefault(first, first));
        duplicateOf.putAll(earlier);
        duplicateOf.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(d -> rejects.add(new RowReject(target.fileName(), d.getKey(), target.kind().idColumn(),
                        idOfLine(rows, d.getKey()), "DUPLICATE_KEY", "the same " + target.kind().idColumn() + " as line "
                                + d.getValue() + " of this file; the later row is rejected")));
        return new ChunkResult(inserted, updated, unchanged, rejects);
    }

    /** Removes the identifiers kept by an import once it is done. */
    public void clearStage(long jobInstanceId) {
        dsl.execute("DELETE FROM case_record_stage WHERE job_instance_id = {0}", jobInstanceId);
    }

    /**
     * Returns the rows whose referenced record exists, and rejects the others: items whose event is unknown,
     * tracing requests whose item is unknown or not a firearm.
     */
    private List<RecordRow> withKnownReferences(Target target, List<? extends RecordRow> rows, List<RowReject> rejects) {
        if (target.kind() != RecordKind.ITEMS && target.kind() != RecordKind.TRACING_REQUESTS) {
            return List.copyOf(rows);
        }
        boolean items = target.kind() == RecordKind.ITEMS;
        Set<String> referenced = new LinkedHashSet<>();
        for (RecordRow row : rows) {
            referenced.add(reference(row));
        }
        Long[] known = target.knownInstances().toArray(Long[]::new);
        // why each unknown reference is unknown; a reference that exists is absent from the map
        Map<String, String> unknown = new HashMap<>();
        if (items) {
            for (Record r : dsl.resultQuery("SELECT x FROM unnest({0}::varchar[]) x WHERE NOT EXISTS (SELECT 1 FROM"
                    + " case_event e WHERE e.event_id = x) AND NOT EXISTS (SELECT 1 FROM case_record_stage s WHERE"
                    + " s.job_instance_id = ANY ({1}) AND s.record_id = x)", referenced.toArray(String[]::new), (Object) known).fetch()) {
                unknown.put(r.get(0, String.class), "names no event: its events file must be imported first"
                        + " (given together, events are loaded before items)");
            }
        } else {
            for (Record r : dsl.resultQuery("SELECT x, (SELECT s.firearm FROM case_record_stage s WHERE"
                    + " s.job_instance_id = ANY ({1}) AND s.record_id = x LIMIT 1), (SELECT i.item_class FROM case_item i WHERE"
                    + " i.item_id = x) FROM unnest({0}::varchar[]) x", referenced.toArray(String[]::new), (Object) known).fetch()) {
                Boolean stagedFirearm = r.get(1, Boolean.class);
                String itemClass = r.get(2, String.class);
                if (Boolean.TRUE.equals(stagedFirearm) || (stagedFirearm == null && "FIREARM".equals(itemClass))) {
                    continue;
                }
                unknown.put(r.get(0, String.class), stagedFirearm != null || itemClass != null
                        ? "names an item that is not a firearm (" + (itemClass != null ? itemClass : "not FIREARM")
                                + "); only firearms are traced"
                        : "names no item: its items file must be imported first (given together, items are loaded"
                                + " before tracing requests)");
            }
        }
        if (unknown.isEmpty()) {
            return List.copyOf(rows);
        }
        String column = items ? "EVENT_ID" : "ITEM_ID";
        String rule = items ? "EVENT_UNKNOWN" : "ITEM_UNKNOWN";
        List<RecordRow> kept = new ArrayList<>(rows.size());
        for (RecordRow row : rows) {
            String why = unknown.get(reference(row));
            if (why == null) {
                kept.add(row);
            } else {
                rejects.add(new RowReject(target.fileName(), row.line(), column, reference(row), rule,
                        column + " " + reference(row) + " " + why));
            }
        }
        return kept;
    }

    private static String reference(RecordRow row) {
        return row instanceof RecordRow.Item item ? item.eventId() : ((RecordRow.TracingRequest) row).itemId();
    }

    private static String idOfLine(List<? extends RecordRow> rows, int line) {
        return rows.stream().filter(row -> row.line() == line).map(RecordRow::id).findFirst().orElse(null);
    }

    /**
     * COPYs rows straight into their table (and an event's pseudonyms into {@code case_event_person}), on the
     * bet that none of their identifiers is there yet: the usual first import. If one is, the COPY fails on
     * the unique key, is rolled back to a savepoint, and the caller merges instead.
     *
     * @return whether the rows were stored
     */
    private boolean copyNew(Spec spec, List<RecordRow> rows, Target target) {
        StringBuilder csv = new StringBuilder(rows.size() * 200);
        StringBuilder persons = spec.kind() == RecordKind.EVENTS ? new StringBuilder(rows.size() * 90) : null;
        for (RecordRow row : rows) {
            Csv.values(csv, row).append(',').append(target.sourceFileId()).append(',').append(row.line()).append(',')
                    .append(target.jobExecutionId()).append('\n');
            if (persons != null) {
                for (String pseudonym : ((RecordRow.Event) row).pseudonyms()) {
                    Csv.text(persons, row.id()).append(',').append(pseudonym).append('\n');
                }
            }
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            Savepoint savepoint = connection.setSavepoint();
            try {
                copy(connection, spec.copyNew(), csv);
                if (persons != null && !persons.isEmpty()) {
                    copy(connection, "COPY case_event_person (event_id, pseudonym) FROM STDIN WITH (FORMAT csv)", persons);
                }
                connection.releaseSavepoint(savepoint);
                return true;
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                connection.rollback(savepoint);
                return false;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into " + spec.table() + " failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static StringBuilder chunkCsv(Spec spec, List<RecordRow> rows) {
        StringBuilder csv = new StringBuilder(rows.size() * 220);
        for (RecordRow row : rows) {
            csv.append(row.line()).append(',');
            Csv.values(csv, row);
            if (row instanceof RecordRow.Event event) {
                csv.append(',');
                Csv.array(csv, event.pseudonyms());
            }
            csv.append('\n');
        }
        return csv;
    }

    private void copy(String sql, CharSequence csv) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            copy(connection, sql, csv);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void copy(Connection connection, String sql, CharSequence csv) throws SQLException {
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /**
     * The table of one kind of record: its identifier and content columns (with their SQL types, so that the
     * chunk table compares exactly as the table does), and the statements built from them. Provenance
     * columns (file, line, job, time) are not content: a record read again from another file is unchanged.
     */
    record Spec(RecordKind kind, String table, String id, List<String[]> columns) {

        private static final Map<RecordKind, Spec> SPECS = Map.of(
                RecordKind.EVENTS, new Spec(RecordKind.EVENTS, "case_event", "event_id", List.of(
                        c("event_id", "VARCHAR(40)"), c("ref_area", "CHAR(2)"), c("event_date", "DATE"),
                        c("event", "VARCHAR(20)"), c("agency", "VARCHAR(30)"), c("place", "VARCHAR(200)"),
                        c("legal_basis", "VARCHAR(40)"), c("contexts", "VARCHAR(30)[]"), c("route", "CHAR(2)[]"),
                        c("case_stage", "VARCHAR(20)"), c("synthetic", "BOOLEAN"))),
                RecordKind.ITEMS, new Spec(RecordKind.ITEMS, "case_item", "item_id", List.of(
                        c("item_id", "VARCHAR(40)"), c("event_id", "VARCHAR(40)"), c("line", "INTEGER"),
                        c("item_class", "VARCHAR(30)"), c("weapon_type", "VARCHAR(40)"), c("part_kind", "VARCHAR(30)"),
                        c("make", "VARCHAR(100)"), c("model", "VARCHAR(100)"), c("calibre", "VARCHAR(50)"),
                        c("serial", "VARCHAR(100)"), c("serial_key", "VARCHAR(100)"), c("serial_obliterated", "BOOLEAN"),
                        c("manufacture_country", "VARCHAR(4)"), c("manufacture_year", "SMALLINT"),
                        c("national_category", "VARCHAR(100)"), c("quantity", "BIGINT"), c("unit_measure", "VARCHAR(20)"),
                        c("synthetic", "BOOLEAN"))),
                RecordKind.TRACING_REQUESTS, new Spec(RecordKind.TRACING_REQUESTS, "tracing_request", "request_id",
                        List.of(c("request_id", "VARCHAR(40)"), c("item_id", "VARCHAR(40)"),
                                c("requesting_state", "CHAR(2)"), c("requested_state", "VARCHAR(4)"),
                                c("channel", "VARCHAR(30)"), c("date_sent", "DATE"), c("date_answered", "DATE"),
                                c("outcome", "VARCHAR(30)"), c("illicit_origin", "VARCHAR(40)"), c("synthetic", "BOOLEAN"))),
                RecordKind.LOST_STOLEN, new Spec(RecordKind.LOST_STOLEN, "lost_stolen", "record_id", List.of(
                        c("record_id", "VARCHAR(40)"), c("ref_area", "CHAR(2)"), c("date_reported", "DATE"),
                        c("kind", "VARCHAR(10)"), c("holder", "VARCHAR(30)"), c("weapon_type", "VARCHAR(40)"),
                        c("make", "VARCHAR(100)"), c("model", "VARCHAR(100)"), c("calibre", "VARCHAR(50)"),
                        c("serial", "VARCHAR(100)"), c("serial_key", "VARCHAR(100)"),
                        c("manufacture_country", "VARCHAR(4)"), c("synthetic", "BOOLEAN"))));

        static Spec of(RecordKind kind) {
            return SPECS.get(kind);
        }

        private static String[] c(String name, String type) {
            return new String[] {name, type};
        }

        String chunk() {
            return table + "_chunk";
        }

        private String names(String prefix) {
            return columns.stream().map(column -> prefix + column[0]).collect(Collectors.joining(", "));
        }

        /* Temporary (no WAL, no other session sees it), unindexed, emptied at every commit. */
        String createChunk() {
            return "CREATE TEMP TABLE IF NOT EXISTS " + chunk() + " (file_line INTEGER NOT NULL, state CHAR(1),"
                    + " first_line INTEGER, " + columns.stream().map(column -> column[0] + " " + column[1])
                    .collect(Collectors.joining(", ")) + (kind == RecordKind.EVENTS ? ", persons VARCHAR(66)[]" : "")
                    + ") ON COMMIT DELETE ROWS";
        }

        String copyChunk() {
            return "COPY " + chunk() + " (file_line, " + names("") + (kind == RecordKind.EVENTS ? ", persons" : "")
                    + ") FROM STDIN WITH (FORMAT csv)";
        }

        String copyNew() {
            return "COPY " + table + " (" + names("") + ", source_file_id, source_line, job_execution_id) FROM STDIN"
                    + " WITH (FORMAT csv)";
        }

        /*
         * Marks each chunk row: N new, U changed, S the same, D written earlier by this very import (a
         * duplicate within the file, first_line naming the line that wrote it). An event whose persons differ
         * is changed. Each row looks its identifier up through the unique index. {0} is the job instance.
         */
        String classify() {
            String differs = "(" + names("t.") + ") IS DISTINCT FROM (" + names("c2.") + ")";
            if (kind == RecordKind.EVENTS) {
                differs += " OR ARRAY(SELECT p.pseudonym FROM case_event_person p WHERE p.event_id = t.event_id"
                        + " ORDER BY 1) IS DISTINCT FROM ARRAY(SELECT x FROM unnest(c2.persons) x ORDER BY 1)";
            }
            return "UPDATE " + chunk() + " c SET state = x.state, first_line = x.first_line FROM (SELECT c2.file_line,"
                    + " CASE WHEN t." + id + " IS NULL THEN 'N' WHEN t.job_execution_id = ANY (" + EXECUTIONS
                    + ") THEN 'D' WHEN " + differs + " THEN 'U' ELSE 'S' END AS state, t.source_line AS first_line"
                    + " FROM " + chunk() + " c2 LEFT JOIN " + table + " t ON t." + id + " = c2." + id + ") x"
                    + " WHERE x.file_line = c.file_line";
        }

        /** {0} is the job execution, {1} the source file. */
        String insertNew() {
            return "INSERT INTO " + table + " (" + names("") + ", source_file_id, source_line, job_execution_id)"
                    + " SELECT " + names("") + ", {1}, file_line, {0} FROM " + chunk() + " WHERE state = 'N'";
        }

        /** The update trigger keeps what each changed record held. {0} is the job execution, {1} the source file. */
        String updateChanged() {
            String set = columns.stream().skip(1).map(column -> column[0] + " = c." + column[0])
                    .collect(Collectors.joining(", "));
            return "UPDATE " + table + " t SET " + set + ", source_file_id = {1}, source_line = c.file_line,"
                    + " job_execution_id = {0}, updated_at = now() FROM " + chunk() + " c WHERE c.state = 'U'"
                    + " AND t." + id + " = c." + id;
        }

        /** Keeps the identifiers not written: unchanged ones, or for a dry run every one. {0} is the job instance. */
        String stage(boolean dryRun) {
            return "INSERT INTO case_record_stage (job_instance_id, record_id, line, firearm) SELECT {0}, c." + id
                    + ", c.file_line, " + (kind == RecordKind.ITEMS ? "c.item_class = 'FIREARM'" : "false") + " FROM "
                    + chunk() + " c WHERE c.state IN (" + (dryRun ? "'N', 'U', 'S'" : "'S'") + ") ON CONFLICT DO NOTHING";
        }
    }

    /** Writes record values as CSV for COPY, in the column order of {@link Spec}. */
    static final class Csv {

        private Csv() {
        }

        static StringBuilder values(StringBuilder csv, RecordRow row) {
            if (row instanceof RecordRow.Event e) {
                text(csv, e.id()).append(',').append(e.refArea()).append(',').append(e.eventDate()).append(',')
                        .append(e.event()).append(',').append(e.agency()).append(',');
                text(csv, e.place()).append(',');
                text(csv, e.legalBasis()).append(',');
                array(csv, e.contexts()).append(',');
                array(csv, e.route()).append(',').append(e.caseStage()).append(',').append(e.synthetic());
            } else if (row instanceof RecordRow.Item i) {
                text(csv, i.id()).append(',');
                text(csv, i.eventId()).append(',').append(i.position()).append(',').append(i.itemClass()).append(',');
                text(csv, i.weaponType()).append(',');
                text(csv, i.partKind()).append(',');
                text(csv, i.make()).append(',');
                text(csv, i.model()).append(',');
                text(csv, i.calibre()).append(',');
                text(csv, i.serial()).append(',');
                text(csv, i.serialKey()).append(',').append(i.serialObliterated()).append(',');
                text(csv, i.manufactureCountry()).append(',');
                if (i.manufactureYear() != null) {
                    csv.append(i.manufactureYear().intValue());
                }
                csv.append(',');
                text(csv, i.nationalCategory()).append(',').append(i.quantity()).append(',').append(i.unit())
                        .append(',').append(i.synthetic());
            } else if (row instanceof RecordRow.TracingRequest t) {
                text(csv, t.id()).append(',');
                text(csv, t.itemId()).append(',').append(t.requestingState()).append(',').append(t.requestedState())
                        .append(',').append(t.channel()).append(',').append(t.dateSent()).append(',');
                if (t.dateAnswered() != null) {
                    csv.append(t.dateAnswered());
                }
                csv.append(',').append(t.outcome()).append(',');
                text(csv, t.illicitOrigin()).append(',').append(t.synthetic());
            } else {
                RecordRow.LostStolen l = (RecordRow.LostStolen) row;
                text(csv, l.id()).append(',').append(l.refArea()).append(',').append(l.dateReported()).append(',')
                        .append(l.kind()).append(',').append(l.holder()).append(',');
                text(csv, l.weaponType()).append(',');
                text(csv, l.make()).append(',');
                text(csv, l.model()).append(',');
                text(csv, l.calibre()).append(',');
                text(csv, l.serial()).append(',');
                text(csv, l.serialKey()).append(',');
                text(csv, l.manufactureCountry()).append(',').append(l.synthetic());
            }
            return csv;
        }

        /** A CSV field for COPY: an absent value stays empty (NULL), text is always quoted. */
        static StringBuilder text(StringBuilder csv, String value) {
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

        /** A PostgreSQL array of codes (letters, digits, '_' and '-' only: nothing to escape), quoted. */
        static StringBuilder array(StringBuilder csv, List<String> codes) {
            csv.append("\"{");
            for (int i = 0; i < codes.size(); i++) {
                if (i > 0) {
                    csv.append(',');
                }
                csv.append(codes.get(i));
            }
            return csv.append("}\"");
        }
    }
}
