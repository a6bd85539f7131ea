package org.salwmonitor.batch.records;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import org.salwmonitor.batch.shared.CsvRow;
import org.salwmonitor.batch.shared.ProgressReporter;
import org.salwmonitor.batch.shared.ReadAheadReader;
import org.salwmonitor.batch.shared.RejectsFile;
import org.salwmonitor.batch.shared.RowReader;
import org.salwmonitor.batch.shared.SourceFiles;

/**
 * The case-records import job, one file of one {@link RecordKind} per run: {@code loadRecords} reads and
 * validates (pseudonymising persons) the file a chunk ahead, and stores it chunk by chunk, restartable from
 * the last committed chunk; {@code finishRecords} writes the rejects file and, unless this is a dry run, clears the scratch
 * rows (a dry run's are cleared by {@link RecordsImporter} once every file of the command is done).
 */
@Configuration(proxyBeanMethods = false)
public class ImportRecordsJobConfiguration {

    /** The job's name in the job repository. */
    public static final String JOB_NAME = "importRecords";
    /** The name of the chunk step, whose execution context holds the counts. */
    public static final String LOAD_STEP = "loadRecords";
    /** Rows per transaction, as for statistics: large enough for COPY to pay off, small enough to lose little. */
    static final int CHUNK_SIZE = 20_000;
    /** Validated rows that may wait for the step: two chunks' worth, a few tens of megabytes. */
    static final int READ_AHEAD = 2 * CHUNK_SIZE;

    @Bean
    RecordStore recordStore(DSLContext dsl, DataSource dataSource) {
        return new RecordStore(dsl, dataSource);
    }

    @Bean
    Job importRecordsJob(JobRepository jobRepository, Step loadRecordsStep, Step finishRecordsStep) {
        return new JobBuilder(JOB_NAME, jobRepository).start(loadRecordsStep).next(finishRecordsStep).build();
    }

    @Bean
    Step loadRecordsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                         ItemStreamReader<RecordRowValidator.Outcome> recordsReader, RecordChunkWriter recordsWriter,
                         ProgressReporter recordsProgress) {
        return new StepBuilder(LOAD_STEP, jobRepository)
                .<RecordRowValidator.Outcome, RecordRowValidator.Outcome>chunk(CHUNK_SIZE)
                .transactionManager(transactionManager)
                .reader(recordsReader)
                .writer(recordsWriter)
                .listener(recordsProgress)
                .build();
    }

    /**
     * Reads the file (CSV or workbook) and validates each row, pseudonymising persons, in a background
     * thread ahead of the step: the next chunk is read and validated while the current one is stored.
     */
    @Bean
    @StepScope
    ItemStreamReader<RecordRowValidator.Outcome> recordsReader(PseudonymKey pseudonymKey,
                                                               @Value("#{jobParameters['file']}") String file,
                                                               @Value("#{jobParameters['encoding']}") String encoding,
                                                               @Value("#{jobParameters['xlsx']}") String xlsx,
                                                               @Value("#{jobParameters['kind']}") String kind) {
        RowReader rows = RowReader.of(Path.of(file), Boolean.parseBoolean(xlsx), encoding);
        RecordKind recordKind = RecordKind.valueOf(kind);
        RecordRowValidator validator = new RecordRowValidator(recordKind,
                recordKind == RecordKind.EVENTS ? pseudonymKey.key() : null);
        return new ReadAheadReader<CsvRow, RecordRowValidator.Outcome>("recordRows", rows,
                row -> validator.validate(row, rows.header().size()), READ_AHEAD);
    }

    @Bean
    @StepScope
    ProgressReporter recordsProgress(@Value("#{stepExecution}") StepExecution stepExecution,
                                     @Value("#{jobParameters['expectedRows']}") Long expectedRows) {
        return new ProgressReporter(stepExecution, expectedRows == null ? 0 : expectedRows);
    }

    @Bean
    @StepScope
    RecordChunkWriter recordsWriter(RecordStore recordStore, RejectsFile rejectsFile, SourceFiles sourceFiles,
                                    @Value("#{stepExecution}") StepExecution stepExecution,
                                    @Value("#{jobParameters['file']}") String file,
                                    @Value("#{jobParameters['sha256']}") String sha256,
                                    @Value("#{jobParameters['kind']}") String kind,
                                    @Value("#{jobParameters['xlsx']}") String xlsx,
                                    @Value("#{jobParameters['encoding']}") String encoding,
                                    @Value("#{jobParameters['dryRun']}") String dryRun,
                                    @Value("#{jobParameters['knownInstances']}") String knownInstances) {
        // looked up on every (re)start rather than passed as a parameter, so a restart never holds a stale id;
        // a dry run writes nothing, not even the file's record
        long sourceFileId = Boolean.parseBoolean(dryRun) ? 0 : sourceFiles.register(Path.of(file), sha256, kind,
                Boolean.parseBoolean(xlsx) ? "XLSX" : "CSV", encoding);
        return new RecordChunkWriter(recordStore, rejectsFile, new RecordStore.Target(RecordKind.valueOf(kind),
                stepExecution.getJobExecution().getJobInstanceId(), stepExecution.getJobExecutionId(), sourceFileId,
                Path.of(file).getFileName().toString(), Boolean.parseBoolean(dryRun),
                knownInstances == null || knownInstances.isBlank() ? List.of()
                        : Arrays.stream(knownInstances.split(",")).map(Long::valueOf).toList()));
    }

    @Bean
    Step finishRecordsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           RecordStore recordStore, RejectsFile rejectsFile) {
        return new StepBuilder("finishRecords", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    StepExecution step = contribution.getStepExecution();
                    long instanceId = step.getJobExecution().getJobInstanceId();
                    var parameters = step.getJobExecution().getJobParameters();
                    String rejects = parameters.getString("rejects");
                    if (rejects != null && !rejects.isBlank()) {
                        rejectsFile.write(instanceId, Path.of(rejects));
                    }
                    if (!Boolean.parseBoolean(parameters.getString("dryRun"))) {
                        recordStore.clearStage(instanceId);
                    }
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }
}
