package org.salwmonitor.batch.shared;

import java.nio.file.Path;
import java.util.List;

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
        FAILED
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
