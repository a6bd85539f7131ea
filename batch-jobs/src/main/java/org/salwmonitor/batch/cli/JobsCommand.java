package org.salwmonitor.batch.cli;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.salwmonitor.batch.shared.ImportCounts;
import org.salwmonitor.batch.shared.Json;

/** {@code salw jobs}: recent job executions. */
@Command(name = "jobs", mixinStandardHelpOptions = true,
        description = "List recent job executions with their parameters, status, counts and duration.")
public class JobsCommand implements Callable<Integer> {

    @Option(names = "--limit", defaultValue = "20", description = "How many executions to list (default: 20)")
    int limit;

    @Option(names = "--json", description = "Print as JSON on stdout")
    boolean json;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = Contexts.start(database)) {
            JobRepository repository = context.getBean(JobRepository.class);
            List<JobExecution> executions = new ArrayList<>();
            for (String name : repository.getJobNames()) {
                for (JobInstance instance : repository.getJobInstances(name, 0, limit)) {
                    executions.addAll(repository.getJobExecutions(instance));
                }
            }
            executions.sort(Comparator.comparing(JobExecution::getId).reversed());
            List<Map<String, Object>> rows = executions.stream().limit(limit).map(JobsCommand::describe).toList();
            if (json) {
                System.out.println(Json.write(rows));
            } else if (rows.isEmpty()) {
                System.out.println("No job has run yet.");
            } else {
                for (Map<String, Object> row : rows) {
                    System.out.printf("%6s  %-17s %-10s %-19s %8s  %s%n  %s%n", row.get("id"), row.get("job"),
                            row.get("status"), row.get("started"), row.get("durationSeconds") + " s",
                            row.get("file"), row.get("counts"));
                }
            }
        }
        return 0;
    }

    private static Map<String, Object> describe(JobExecution execution) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", execution.getId());
        row.put("job", execution.getJobInstance().getJobName());
        row.put("status", execution.getStatus().name());
        row.put("exitCode", execution.getExitStatus().getExitCode());
        LocalDateTime start = execution.getStartTime();
        LocalDateTime end = execution.getEndTime();
        row.put("started", start == null ? null : start.withNano(0).toString());
        row.put("durationSeconds", start == null || end == null ? null
                : Duration.between(start, end).toMillis() / 1000.0);
        row.put("file", execution.getJobParameters().getString("file"));
        row.put("dryRun", execution.getJobParameters().getString("dryRun"));
        ImportCounts counts = ImportCounts.ZERO;
        for (StepExecution step : execution.getStepExecutions()) {
            counts = counts.plus(ImportCounts.from(step.getExecutionContext()));
        }
        Map<String, Object> countMap = new LinkedHashMap<>();
        countMap.put("read", counts.read());
        countMap.put("imported", counts.imported());
        countMap.put("updated", counts.updated());
        countMap.put("unchanged", counts.unchanged());
        countMap.put("deleted", counts.deleted());
        countMap.put("rejected", counts.rejected());
        row.put("counts", countMap);
        return row;
    }
}
