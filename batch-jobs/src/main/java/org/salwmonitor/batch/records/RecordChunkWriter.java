package org.salwmonitor.batch.records;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemWriter;

import org.salwmonitor.batch.shared.ImportCounts;
import org.salwmonitor.batch.shared.RejectsFile;
import org.salwmonitor.batch.shared.RowReject;

/**
 * Writes one chunk of validated records: rejects and notices into {@code import_reject}, good rows through
 * the {@link RecordStore}. The running counts are saved in the step's execution context, which Spring Batch
 * commits with the chunk, so a restarted import continues the same summary.
 */
public class RecordChunkWriter implements ItemWriter<RecordRowValidator.Outcome>, ItemStream {

    private final RecordStore store;
    private final RejectsFile rejectsFile;
    private final RecordStore.Target target;
    private ImportCounts counts = ImportCounts.ZERO;

    public RecordChunkWriter(RecordStore store, RejectsFile rejectsFile, RecordStore.Target target) {
        this.store = store;
        this.rejectsFile = rejectsFile;
        this.target = target;
    }

    @Override
    public void write(Chunk<? extends RecordRowValidator.Outcome> chunk) {
        List<RecordRow> rows = new ArrayList<>(chunk.size());
        List<RowReject> rejects = new ArrayList<>();
        List<RowReject> notices = new ArrayList<>();
        int rejectedRows = 0;
        for (RecordRowValidator.Outcome outcome : chunk) {
            if (outcome instanceof RecordRowValidator.Accepted accepted) {
                rows.add(accepted.row());
                notices.addAll(accepted.notices());
            } else {
                rejects.addAll(((RecordRowValidator.Rejected) outcome).rejects());
                rejectedRows++;
            }
        }
        RecordStore.ChunkResult result = store.store(target, rows);
        rejects.addAll(result.rejects());
        if (!result.rejects().isEmpty()) {
            // a notice about a row that was refused after all would only confuse
            notices.removeIf(notice -> result.rejects().stream().anyMatch(reject -> reject.line() == notice.line()));
        }
        rejectsFile.save(target.jobInstanceId(), target.jobExecutionId(), rejects, "REJECT");
        rejectsFile.save(target.jobInstanceId(), target.jobExecutionId(), notices, "NOTICE");
        counts = counts.plus(new ImportCounts(chunk.size(), result.inserted(), result.updated(), result.unchanged(), 0,
                rejectedRows + result.rejects().size()));
    }

    @Override
    public void open(ExecutionContext context) {
        counts = ImportCounts.from(context);
    }

    @Override
    public void update(ExecutionContext context) {
        counts.into(context);
    }

    @Override
    public void close() {
    }
}
