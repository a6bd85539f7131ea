package org.salwmonitor.batch.statistics;

import java.nio.file.Path;

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
import org.salwmonitor.batch.shared.ImportCounts;
import org.salwmonitor.batch.shared.ProgressReporter;
import org.salwmonitor.batch.shared.ReadAheadReader;
import org.salwmonitor.batch.shared.RejectsFile;
import org.salwmonitor.batch.shared.RowReader;
import org.salwmonitor.batch.shared.SourceFiles;

/**
 * The statistics import job: {@code loadStatistics} reads, validates and stores the file chunk by chunk
 * (restartable from the last committed chunk), then {@code finishStatistics} writes the rejects file and
 * clears the scratch rows.
 */
@Configuration(proxyBeanMethods = false)
public class ImportStatisticsJobConfiguration {

    /** The job's name in the job repository. */
    public static final String JOB_NAME = "importStatistics";
    /** Rows per transaction: large enough for COPY to pay off, small enough to lose little on a crash. */
    static final int CHUNK_SIZE = 20_000;
    private static final StatisticsRowValidator VALIDATOR = new StatisticsRowValidator();

    @Bean
    ObservationStore observationStore(DSLContext dsl, DataSource dataSource) {
        return new ObservationStore(dsl, dataSource);
    }

    @Bean
    Job importStatisticsJob(JobRepository jobRepository, Step loadStatisticsStep, Step finishStatisticsStep) {
        return new JobBuilder(JOB_NAME, jobRepository).start(loadStatisticsStep).next(finishStatisticsStep).build();
    }

    @Bean
    Step loadStatisticsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                            ItemStreamReader<StatisticsRowValidator.Outcome> statisticsReader,
                            StatisticsChunkWriter statisticsWriter, ProgressReporter statisticsProgress) {
        return new StepBuilder("loadStatistics", jobRepository)
                .<StatisticsRowValidator.Outcome, StatisticsRowValidator.Outcome>chunk(CHUNK_SIZE)
                .transactionManager(transactionManager)
                .reader(statisticsReader)
                .writer(statisticsWriter)
                .listener(statisticsProgress)
                .build();
    }

    /**
     * Reads and validates the rows on a thread of its own, up to one chunk ahead of the step, so that the
     * next chunk is parsed and validated while the current one is in the database.
     */
    @Bean
    @StepScope
    ItemStreamReader<StatisticsRowValidator.Outcome> statisticsReader(@Value("#{jobParameters['file']}") String file,
                                                                   @Value("#{jobParameters['encoding']}") String encoding,
                                                                   @Value("#{jobParameters['format']}") String format) {
        RowReader rows = RowReader.of(Path.of(file), StatisticsImporter.Format.XLSX.name().equals(format), encoding);
        return new ReadAheadReader<CsvRow, StatisticsRowValidator.Outcome>("statisticsRows", rows,
                row -> VALIDATOR.validate(row, rows.header().size()), CHUNK_SIZE);
    }

    @Bean
    @StepScope
    ProgressReporter statisticsProgress(@Value("#{stepExecution}") StepExecution stepExecution,
                                        @Value("#{jobParameters['expectedRows']}") Long expectedRows) {
        return new ProgressReporter(stepExecution, expectedRows == null ? 0 : expectedRows);
    }

    @Bean
    @StepScope
    StatisticsChunkWriter statisticsWriter(ObservationStore observationStore, RejectsFile rejectsFile,
                                           SourceFiles sourceFiles,
                                           @Value("#{stepExecution}") StepExecution stepExecution,
                                           @Value("#{jobParameters['file']}") String file,
                                           @Value("#{jobParameters['sha256']}") String sha256,
                                           @Value("#{jobParameters['format']}") String format,
                                           @Value("#{jobParameters['encoding']}") String encoding,
                                           @Value("#{jobParameters['dryRun']}") String dryRun) {
        // looked up on every (re)start rather than passed as a parameter, so a restart never holds a stale id
        long sourceFileId = sourceFiles.register(Path.of(file), sha256, "STATISTICS",
                format == null ? "UNKNOWN" : format, encoding);
        return new StatisticsChunkWriter(observationStore, rejectsFile, stepExecution.getJobExecution().getJobInstanceId(),
                stepExecution.getJobExecutionId(), sourceFileId, Path.of(file).getFileName().toString(),
                Boolean.parseBoolean(dryRun));
    }

    @Bean
    Step finishStatisticsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                              ObservationStore observationStore, RejectsFile rejectsFile) {
        return new StepBuilder("finishStatistics", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    StepExecution step = contribution.getStepExecution();
                    long instanceId = step.getJobExecution().getJobInstanceId();
                    var parameters = step.getJobExecution().getJobParameters();
                    String rejects = parameters.getString("rejects");
                    if (rejects != null && !rejects.isBlank()) {
                        rejectsFile.write(instanceId, Path.of(rejects));
                    }
                    observationStore.clearStage(instanceId);
                    if (Boolean.parseBoolean(parameters.getString("dryRun"))) {
                        rejectsFile.forget(instanceId);
                    }
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    /** Reads the summary that {@code loadStatistics} saved with its last chunk. */
    public static ImportCounts countsOf(StepExecution loadStep) {
        return ImportCounts.from(loadStep.getExecutionContext());
    }
}
