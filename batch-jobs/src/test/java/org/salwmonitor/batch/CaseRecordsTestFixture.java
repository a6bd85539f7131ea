package org.salwmonitor.batch;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.Table;
import org.jooq.TableRecord;

import org.salwmonitor.batch.db.tables.records.CaseEventRecord;
import org.salwmonitor.batch.db.tables.records.CaseItemRecord;
import org.salwmonitor.batch.db.tables.records.LostStolenRecord;
import org.salwmonitor.batch.db.tables.records.TracingRequestRecord;
import org.salwmonitor.core.weapon.SerialNumber;
import org.salwmonitor.sampledata.SampleData;

import static org.salwmonitor.batch.db.Tables.CASE_EVENT;
import static org.salwmonitor.batch.db.Tables.CASE_ITEM;
import static org.salwmonitor.batch.db.Tables.LOST_STOLEN;
import static org.salwmonitor.batch.db.Tables.SOURCE_FILE;
import static org.salwmonitor.batch.db.Tables.TRACING_REQUEST;

/**
 * TEST FIXTURE, to be replaced by the real records importer ({@code salw import records}): loads the sample case
 * records (events, items, tracing requests, lost or stolen) straight into the V5 tables with multi-row inserts,
 * the serial key computed with core-model {@link SerialNumber} as the importer does (none for a blank serial, a
 * placeholder, or an obliterated serial holding {@code *} or {@code ?}). No validation, no persons.
 */
public final class CaseRecordsTestFixture {

    private static final int ROWS_PER_STATEMENT = 500;

    private CaseRecordsTestFixture() {
    }

    /** Loads the four sample case files. */
    public static void loadSampleCaseRecords(DSLContext dsl) {
        long file = dsl.insertInto(SOURCE_FILE, SOURCE_FILE.FILE_NAME, SOURCE_FILE.SHA256, SOURCE_FILE.KIND,
                        SOURCE_FILE.FORMAT, SOURCE_FILE.ENCODING)
                .values("sample case records (test fixture)", "0".repeat(64), "RECORDS", "CSV", "UTF-8")
                .returning(SOURCE_FILE.ID).fetchOne().getId();
        insert(dsl, CASE_EVENT, rows(SampleData.EVENTS, (r, line) -> {
            CaseEventRecord e = new CaseEventRecord();
            e.setEventId(r.get("EVENT_ID"));
            e.setRefArea(r.get("REF_AREA"));
            e.setEventDate(LocalDate.parse(r.get("EVENT_DATE")));
            e.setEvent(r.get("EVENT"));
            e.setAgency(r.get("AGENCY"));
            e.setCaseStage(r.get("CASE_STAGE"));
            e.setSynthetic(Boolean.parseBoolean(r.get("SYNTHETIC")));
            return provenance(e, file, line);
        }));
        insert(dsl, CASE_ITEM, rows(SampleData.ITEMS, (r, line) -> {
            CaseItemRecord i = new CaseItemRecord();
            i.setItemId(r.get("ITEM_ID"));
            i.setEventId(r.get("EVENT_ID"));
            i.setLine(Integer.parseInt(r.get("LINE")));
            i.setItemClass(r.get("ITEM_CLASS"));
            i.setWeaponType(blankToNull(r.get("WEAPON_TYPE")));
            i.setMake(blankToNull(r.get("MAKE")));
            i.setModel(blankToNull(r.get("MODEL")));
            i.setCalibre(blankToNull(r.get("CALIBRE")));
            i.setSerial(blankToNull(r.get("SERIAL")));
            boolean obliterated = Boolean.parseBoolean(r.get("SERIAL_OBLITERATED"));
            i.setSerialObliterated(obliterated);
            i.setSerialKey(serialKey(r.get("SERIAL"), obliterated));
            i.setQuantity(Long.parseLong(r.get("QUANTITY")));
            i.setUnitMeasure(r.get("UNIT_MEASURE"));
            i.setSynthetic(Boolean.parseBoolean(r.get("SYNTHETIC")));
            return provenance(i, file, line);
        }));
        insert(dsl, TRACING_REQUEST, rows(SampleData.TRACING_REQUESTS, (r, line) -> {
            TracingRequestRecord t = new TracingRequestRecord();
            t.setRequestId(r.get("REQUEST_ID"));
            t.setItemId(r.get("ITEM_ID"));
            t.setRequestingState(r.get("REQUESTING_STATE"));
            t.setRequestedState(r.get("REQUESTED_STATE"));
            t.setChannel(r.get("CHANNEL"));
            t.setDateSent(LocalDate.parse(r.get("DATE_SENT")));
            t.setDateAnswered(r.get("DATE_ANSWERED").isBlank() ? null : LocalDate.parse(r.get("DATE_ANSWERED")));
            t.setOutcome(r.get("OUTCOME"));
            t.setIllicitOrigin(blankToNull(r.get("ILLICIT_ORIGIN")));
            t.setSynthetic(Boolean.parseBoolean(r.get("SYNTHETIC")));
            return provenance(t, file, line);
        }));
        insert(dsl, LOST_STOLEN, rows(SampleData.LOST_STOLEN, (r, line) -> {
            LostStolenRecord l = new LostStolenRecord();
            l.setRecordId(r.get("RECORD_ID"));
            l.setRefArea(r.get("REF_AREA"));
            l.setDateReported(LocalDate.parse(r.get("DATE_REPORTED")));
            l.setKind(r.get("KIND"));
            l.setHolder(r.get("HOLDER"));
            l.setWeaponType(blankToNull(r.get("WEAPON_TYPE")));
            l.setMake(blankToNull(r.get("MAKE")));
            l.setModel(blankToNull(r.get("MODEL")));
            l.setCalibre(blankToNull(r.get("CALIBRE")));
            l.setSerial(blankToNull(r.get("SERIAL")));
            l.setSerialKey(serialKey(r.get("SERIAL"), false));
            l.setSynthetic(Boolean.parseBoolean(r.get("SYNTHETIC")));
            return provenance(l, file, line);
        }));
    }

    /** The matching key as the importer derives it, or null when there is none to match on. */
    public static String serialKey(String serial, boolean obliterated) {
        if (serial == null || serial.isBlank()
                || (obliterated && (serial.indexOf('*') >= 0 || serial.indexOf('?') >= 0))) {
            return null;
        }
        try {
            return SerialNumber.of(serial).key();
        } catch (IllegalArgumentException placeholder) {
            return null;
        }
    }

    /** Reads a sample case file as header-keyed records. */
    public static List<CSVRecord> read(String path) {
        try (Reader in = new InputStreamReader(SampleData.open(path), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface RowMapper<R> {
        R map(CSVRecord row, int line);
    }

    private static <R> List<R> rows(String path, RowMapper<R> mapper) {
        List<R> result = new ArrayList<>();
        int line = 1;
        for (CSVRecord row : read(path)) {
            result.add(mapper.map(row, ++line));
        }
        return result;
    }

    private static <R extends TableRecord<R>> R provenance(R record, long file, int line) {
        record.set(record.getTable().field("source_file_id", Long.class), file);
        record.set(record.getTable().field("source_line", Integer.class), line);
        record.set(record.getTable().field("job_execution_id", Long.class), 0L);
        return record;
    }

    /**
     * One INSERT per block of rows, so that the statement triggers of V6 run once per block, as for an import.
     * Every column is written except the generated id and those with a default (contexts, route, updated_at).
     */
    private static <R extends TableRecord<R>> void insert(DSLContext dsl, Table<R> table, List<R> records) {
        List<Field<?>> fields = Arrays.stream(table.fields())
                .filter(f -> !Set.of("id", "updated_at", "contexts", "route").contains(f.getName())).toList();
        for (int from = 0; from < records.size(); from += ROWS_PER_STATEMENT) {
            InsertValuesStepN<R> insert = dsl.insertInto(table, fields);
            for (R record : records.subList(from, Math.min(records.size(), from + ROWS_PER_STATEMENT))) {
                insert = insert.values(fields.stream().map(record::get).toList());
            }
            insert.execute();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
