package org.salwmonitor.batch.shared;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Predicate;

import javax.sql.DataSource;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Starts a job, or resumes the last unfinished run of the same work. A run killed with {@code kill -9}
 * leaves its execution marked STARTED; the caller holds a PostgreSQL advisory lock on the work while it
 * runs, so whoever gets the lock knows such an execution is dead, marks it FAILED and restarts it from
 * its last committed chunk.
 */
@Component
public class JobRunner {

    private static final int INSTANCES_SEARCHED = 500;

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final DataSource dataSource;

    public JobRunner(JobOperator jobOperator, JobRepository jobRepository, DataSource dataSource) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.dataSource = dataSource;
    }

    /**
     * Runs {@code job} for the work named by {@code workKey}: resumes its last unfinished execution whose
     * identifying parameters satisfy {@code sameWork}, or starts a new instance with {@code parameters}.
     */
    public JobExecution run(Job job, String workKey, Predicate<JobParameters> sameWork, JobParameters parameters)
            throws Exception {
        try (AdvisoryLock lock = AdvisoryLock.acquire(dataSource, workKey)) {
            JobExecution unfinished = lastUnfinished(job.getName(), sameWork);
            if (unfinished != null) {
                markDeadIfRunning(unfinished);
                return jobOperator.restart(unfinished);
            }
            JobParameters unique = new JobParametersBuilder(parameters)
                    .addLong("run", System.currentTimeMillis(), true).toJobParameters();
            return jobOperator.start(job, unique);
        }
    }

    private JobExecution lastUnfinished(String jobName, Predicate<JobParameters> sameWork) {
        List<JobInstance> instances = jobRepository.getJobInstances(jobName, 0, INSTANCES_SEARCHED);
        for (JobInstance instance : instances) {
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last == null || !sameWork.test(last.getJobParameters())) {
                continue;
            }
            BatchStatus status = last.getStatus();
            boolean unfinished = status == BatchStatus.FAILED || status == BatchStatus.STOPPED
                    || status.isRunning() || status == BatchStatus.UNKNOWN;
            return unfinished ? last : null;
        }
        return null;
    }

    private void markDeadIfRunning(JobExecution execution) {
        if (!execution.getStatus().isRunning() && execution.getStatus() != BatchStatus.UNKNOWN) {
            return;
        }
        LocalDateTime now = LocalDateTime.now();
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus().isRunning() || step.getStatus() == BatchStatus.UNKNOWN) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription("process died; resumed by a later run"));
                step.setEndTime(now);
                jobRepository.update(step);
            }
        }
        execution.setStatus(BatchStatus.FAILED);
        execution.setExitStatus(ExitStatus.FAILED.addExitDescription("process died; resumed by a later run"));
        execution.setEndTime(now);
        jobRepository.update(execution);
    }
}
