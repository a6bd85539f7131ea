package org.salwmonitor.batch.shared;

import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * What importing one file did: its outcome, the summary counts, the rejects (and where the rejects
 * file is), notices about how the file was read, and the job execution that did it.
 */
public record ImportResult(Path file, Outcome outcome, String format, String encoding, ImportCounts counts,
                           List<RowReject> rejects, Path rejectsFile, List<String> notices, String refusal,
                           Long jobExecutionId, boolean dryRun) {

    /** How an import of one file ended. */
    public enum Outcome {
        /** Every row stored (or unchanged). */
        IMPORTED,
        /** Good rows stored, some rows rejected. */
        IMPORTED_WITH_REJECTS,
        /** Nothing loaded: the file was refused as a whole. */
        REFUSED,
        /** The job failed; running the same command again resumes it. */
        FAILED;

        /** The outcome of a finished (or failed) import job with these counts. */
        public static Outcome of(JobExecution execution, ImportCounts counts) {
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                return FAILED;
            }
            return counts.rejected() > 0 ? IMPORTED_WITH_REJECTS : IMPORTED;
        }
    }

    public ImportResult {
        rejects = List.copyOf(rejects);
        notices = List.copyOf(notices);
    }

    /** A file refused before any row was read. */
    public static ImportResult refused(Path file, String rule, String reason, List<RowReject> rejects, boolean dryRun) {
        return new ImportResult(file, Outcome.REFUSED, null, null, ImportCounts.ZERO, rejects, null, List.of(),
                rule + ": " + reason, null, dryRun);
    }

    /**
     * The result of {@code --strict} when its checking run (a dry run) found rejects: the file is refused
     * and nothing is loaded; the counts and rejects are those of the check.
     */
    public static ImportResult strictRefusal(ImportResult check, List<String> notices) {
        return new ImportResult(check.file(), Outcome.REFUSED, check.format(), check.encoding(), check.counts(),
                check.rejects(), check.rejectsFile(), notices, "STRICT: " + check.counts().rejected()
                        + " rows rejected; with --strict nothing is loaded", check.jobExecutionId(), false);
    }

    /** The exit code this result asks for. */
    public int exitCode() {
        return switch (outcome) {
            case IMPORTED -> ExitCodes.SUCCESS;
            case IMPORTED_WITH_REJECTS -> ExitCodes.REJECTED_ROWS;
            case REFUSED -> ExitCodes.REFUSED;
            case FAILED -> ExitCodes.FAILURE;
        };
    }
}
