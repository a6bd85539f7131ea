package org.salwmonitor.batch.shared;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The import summary in the DHIS2 spirit: rows read, imported (new), updated (a different value,
 * the old one kept as a revision), unchanged (the same value again), deleted, rejected.
 */
public record ImportCounts(int read, int imported, int updated, int unchanged, int deleted, int rejected) {

    /** Nothing yet. */
    public static final ImportCounts ZERO = new ImportCounts(0, 0, 0, 0, 0, 0);

    private static final String PREFIX = "salw.counts.";

    public ImportCounts plus(ImportCounts other) {
        return new ImportCounts(read + other.read, imported + other.imported, updated + other.updated,
                unchanged + other.unchanged, deleted + other.deleted, rejected + other.rejected);
    }

    /** Reads counts saved by {@link #into(ExecutionContext)}, or zero. */
    public static ImportCounts from(ExecutionContext context) {
        return new ImportCounts(context.getInt(PREFIX + "read", 0), context.getInt(PREFIX + "imported", 0),
                context.getInt(PREFIX + "updated", 0), context.getInt(PREFIX + "unchanged", 0),
                context.getInt(PREFIX + "deleted", 0), context.getInt(PREFIX + "rejected", 0));
    }

    /** Reads the counts the named step of a job execution saved with its last chunk, or zero. */
    public static ImportCounts of(JobExecution execution, String stepName) {
        return execution.getStepExecutions().stream().filter(step -> step.getStepName().equals(stepName))
                .map(StepExecution::getExecutionContext).map(ImportCounts::from).findFirst().orElse(ZERO);
    }

    /** Saves the counts in an execution context. */
    public void into(ExecutionContext context) {
        context.putInt(PREFIX + "read", read);
        context.putInt(PREFIX + "imported", imported);
        context.putInt(PREFIX + "updated", updated);
        context.putInt(PREFIX + "unchanged", unchanged);
        context.putInt(PREFIX + "deleted", deleted);
        context.putInt(PREFIX + "rejected", rejected);
    }
}
