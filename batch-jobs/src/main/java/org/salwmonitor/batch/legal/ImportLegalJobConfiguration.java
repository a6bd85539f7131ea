package org.salwmonitor.batch.legal;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import org.salwmonitor.batch.shared.CsvRow;
import org.salwmonitor.batch.shared.CsvRowReader;
import org.salwmonitor.batch.shared.ImportCounts;
import org.salwmonitor.batch.shared.RejectsFile;
import org.salwmonitor.batch.shared.RowReject;
import org.salwmonitor.batch.shared.SourceFiles;
import org.salwmonitor.batch.shared.TextFileSniffer;

/**
 * The legal import job: one step that reads, validates and stores a participation or submissions file
 * in a single transaction. Legal files are small (hundreds of rows), so a killed run leaves nothing
 * behind and the next run simply does the whole file again; storing is idempotent.
 */
@Configuration(proxyBeanMethods = false)
public class ImportLegalJobConfiguration {

    /** The job's name in the job repository. */
    public static final String JOB_NAME = "importLegal";

    @Bean
    Job importLegalJob(JobRepository jobRepository, Step loadLegalStep) {
        return new JobBuilder(JOB_NAME, jobRepository).start(loadLegalStep).build();
    }

    @Bean
    Step loadLegalStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, LegalStore store,
                       SourceFiles sourceFiles, RejectsFile rejectsFile) {
        return new StepBuilder("loadLegal", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    StepExecution step = contribution.getStepExecution();
                    JobParameters parameters = step.getJobExecution().getJobParameters();
                    Path file = Path.of(parameters.getString("file"));
                    boolean dryRun = Boolean.parseBoolean(parameters.getString("dryRun"));
                    LegalRowValidator.Kind kind = LegalRowValidator.Kind.valueOf(parameters.getString("kind"));
                    long instanceId = step.getJobExecution().getJobInstanceId();
                    long executionId = step.getJobExecutionId();
                    long fileId = sourceFiles.register(file, parameters.getString("sha256"), "LEGAL_" + kind.name(),
                            "TEMPLATE", parameters.getString("encoding"));
                    Charset charset = Charset.forName(parameters.getString("encoding"));

                    CsvRowReader reader = new CsvRowReader(TextFileSniffer.sniff(file, charset));
                    reader.open(new ExecutionContext());
                    List<RowReject> rejects = new ArrayList<>();
                    Map<String, Integer> seen = new HashMap<>();
                    int read = 0;
                    int imported = 0;
                    int updated = 0;
                    int unchanged = 0;
                    int rejected = 0;
                    try {
                        LegalRowValidator validator = new LegalRowValidator(kind, reader.header().size());
                        CsvRow row;
                        while ((row = reader.read()) != null) {
                            read++;
                            LegalRowValidator.Outcome outcome = validator.validate(row);
                            if (outcome.row() == null) {
                                rejects.addAll(outcome.rejects());
                                rejected++;
                                continue;
                            }
                            Integer first = seen.putIfAbsent(keyOf(outcome.row()), row.line());
                            if (first != null) {
                                rejects.add(new RowReject(row.fileName(), row.line(), null, null, "DUPLICATE_KEY",
                                        "the same key as line " + first + " of this file; the later row is rejected"));
                                rejected++;
                                continue;
                            }
                            switch (store.store(outcome.row(), fileId, executionId, dryRun)) {
                                case INSERTED -> imported++;
                                case UPDATED -> updated++;
                                case UNCHANGED -> unchanged++;
                            }
                        }
                    } finally {
                        reader.close();
                    }
                    rejectsFile.save(instanceId, executionId, rejects, "REJECT");
                    new ImportCounts(read, imported, updated, unchanged, 0, rejected).into(step.getExecutionContext());
                    String target = parameters.getString("rejects");
                    if (target != null) {
                        rejectsFile.write(instanceId, Path.of(target));
                    }
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    private static String keyOf(LegalRow row) {
        if (row instanceof LegalRow.Act act) {
            return act.state() + "/" + act.instrument() + "/" + act.action();
        }
        LegalRow.Submission submission = (LegalRow.Submission) row;
        return submission.state() + "/" + submission.obligation() + "/" + submission.cycle();
    }
}
