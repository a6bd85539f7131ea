package org.salwmonitor.batch.statistics;

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
 * Writes one chunk of validated rows: rejects into {@code import_reject}, good rows through the
 * {@link ObservationStore}. The running counts are saved in the step's execution context, which Spring
 * Batch commits with the chunk, so a restarted import continues the same summary.
 */
public class StatisticsChunkWriter implements ItemWriter<StatisticsRowValidator.Outcome>, ItemStream {

    private final ObservationStore store;
    private final RejectsFile rejectsFile;
    private final long jobInstanceId;
    private final long jobExecutionId;
    private final long sourceFileId;
    private final String fileName;
    private final boolean dryRun;
    private ImportCounts counts = ImportCounts.ZERO;

    public StatisticsChunkWriter(ObservationStore store, RejectsFile rejectsFile, long jobInstanceId, long jobExecutionId, long sourceFileId,
                                 String fileName, boolean dryRun) {
        this.store = store;
        this.rejectsFile = rejectsFile;
        this.jobInstanceId = jobInstanceId;
        this.jobExecutionId = jobExecutionId;
        this.sourceFileId = sourceFileId;
        this.fileName = fileName;
        this.dryRun = dryRun;
    }

    @Override
    public void write(Chunk<? extends StatisticsRowValidator.Outcome> chunk) {
        List<StatisticsRow> rows = new ArrayList<>(chunk.size());
        List<RowReject> rejects = new ArrayList<>();
        List<RowReject> notices = new ArrayList<>();
        int rejectedRows = 0;
        for (StatisticsRowValidator.Outcome outcome : chunk) {
            if (outcome instanceof StatisticsRowValidator.Accepted accepted) {
                rows.add(accepted.row());
                notices.addAll(accepted.notices());
            } else {
                StatisticsRowValidator.Rejected rejected = (StatisticsRowValidator.Rejected) outcome;
                rejects.addAll(rejected.rejects());
                rejectedRows++;
            }
        }
        ObservationStore.ChunkResult result = store.store(jobInstanceId, jobExecutionId, sourceFileId, fileName, rows,
                dryRun);
        rejects.addAll(result.duplicates());
        rejectsFile.save(jobInstanceId, jobExecutionId, rejects, "REJECT");
        rejectsFile.save(jobInstanceId, jobExecutionId, notices, "NOTICE");
        counts = counts.plus(new ImportCounts(chunk.size(), result.inserted(), result.updated(), result.unchanged(),
                result.deleted(), rejectedRows + result.duplicates().size()));
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
