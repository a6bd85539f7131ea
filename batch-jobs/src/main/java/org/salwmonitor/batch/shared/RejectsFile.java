package org.salwmonitor.batch.shared;

import static org.salwmonitor.batch.db.Tables.IMPORT_REJECT;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Writes the rejects of one import as CSV (UTF-8 with BOM so that spreadsheets show Cyrillic; columns
 * FILE, LINE, COLUMN, VALUE, RULE, MESSAGE), from the rows recorded in {@code import_reject}. Values
 * that a spreadsheet would run as a formula are written with a leading apostrophe.
 */
@Component
public class RejectsFile {

    private final DSLContext dsl;

    public RejectsFile(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Returns the rejects of a job instance in line order. */
    public List<RowReject> rejectsOf(long jobInstanceId) {
        return messagesOf(jobInstanceId, "REJECT");
    }

    /** Returns the row notices of a job instance (rows stored with a remark) in line order. */
    public List<RowReject> noticesOf(long jobInstanceId) {
        return messagesOf(jobInstanceId, "NOTICE");
    }

    private List<RowReject> messagesOf(long jobInstanceId, String severity) {
        return dsl.selectFrom(IMPORT_REJECT).where(IMPORT_REJECT.JOB_INSTANCE_ID.eq(jobInstanceId))
                .and(IMPORT_REJECT.SEVERITY.eq(severity))
                .orderBy(IMPORT_REJECT.LINE, IMPORT_REJECT.ID).fetch()
                .map(r -> new RowReject(r.getFileName(), r.getLine(), r.getColumnName(), r.getValue(), r.getRule(),
                        r.getMessage()));
    }

    /** Writes the rejects file if there are rejects; deletes a stale one otherwise. */
    public void write(long jobInstanceId, Path target) {
        write(rejectsOf(jobInstanceId), target);
    }

    /**
     * Writes rejects as a rejects file, or deletes a stale one if there are none. A reject of line 0 (the
     * file as a whole) is written with an empty LINE.
     *
     * @param rejects  the rejects in the order to write, not null
     * @param target   the file to write, not null
     */
    public static void write(List<RowReject> rejects, Path target) {
        try {
            if (rejects.isEmpty()) {
                Files.deleteIfExists(target);
                return;
            }
            try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                out.write('\uFEFF');
                out.write("FILE,LINE,COLUMN,VALUE,RULE,MESSAGE\r\n");
                for (RowReject reject : rejects) {
                    out.write(String.join(",", cell(reject.fileName()),
                            reject.line() > 0 ? Integer.toString(reject.line()) : "",
                            cell(reject.column()), cell(reject.value()), cell(reject.rule()), cell(reject.message())));
                    out.write("\r\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write rejects file " + target, e);
        }
    }

    /**
     * Records rejects (severity {@code REJECT}) or row notices ({@code NOTICE}) of a job instance in one
     * statement, in the caller's transaction, so they commit with the rows they belong to or not at all.
     */
    public void save(long jobInstanceId, long jobExecutionId, List<RowReject> rejects, String severity) {
        if (rejects.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(IMPORT_REJECT, IMPORT_REJECT.JOB_INSTANCE_ID, IMPORT_REJECT.JOB_EXECUTION_ID,
                IMPORT_REJECT.FILE_NAME, IMPORT_REJECT.LINE, IMPORT_REJECT.COLUMN_NAME, IMPORT_REJECT.VALUE,
                IMPORT_REJECT.RULE, IMPORT_REJECT.MESSAGE, IMPORT_REJECT.SEVERITY);
        for (RowReject reject : rejects) {
            String message = reject.message().length() > 2000 ? reject.message().substring(0, 1999) + "…"
                    : reject.message();
            insert = insert.values(jobInstanceId, jobExecutionId, reject.fileName(), reject.line(), reject.column(),
                    reject.value(), reject.rule(), message, severity);
        }
        insert.execute();
    }

    /** Removes the recorded rejects of a dry run: a dry run leaves nothing behind in the database. */
    public void forget(long jobInstanceId) {
        dsl.deleteFrom(IMPORT_REJECT).where(IMPORT_REJECT.JOB_INSTANCE_ID.eq(jobInstanceId)).execute();
    }

    /** Quotes a CSV cell and defuses spreadsheet formulas (OWASP CSV injection guidance). */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
