package org.salwmonitor.batch.shared;

import java.io.PrintStream;
import java.util.Locale;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Prints the progress of a long import on stderr after each chunk: rows read, rows per second and the
 * estimated time left. On a terminal the line is refreshed in place; otherwise (a log, a scheduler) a
 * line is printed at most every 10 seconds. Short imports (under 2 seconds) print nothing.
 */
public class ProgressReporter implements ChunkListener<Object, Object>, StepExecutionListener {

    private static final long QUIET_NANOS = 2_000_000_000L;
    private static final long LOG_EVERY_NANOS = 10_000_000_000L;

    private final PrintStream out;
    private final boolean terminal;
    private final long expectedRows;
    private final StepExecution step;
    private final long start = System.nanoTime();
    private final int rowsAtStart;
    private long lastPrint;
    private boolean printed;

    public ProgressReporter(StepExecution step, long expectedRows) {
        this(step, expectedRows, System.err, System.console() != null);
    }

    ProgressReporter(StepExecution step, long expectedRows, PrintStream out, boolean terminal) {
        this.step = step;
        this.expectedRows = expectedRows;
        this.out = out;
        this.terminal = terminal;
        this.rowsAtStart = ImportCounts.from(step.getExecutionContext()).read();
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        long now = System.nanoTime();
        if (now - start < QUIET_NANOS || (!terminal && now - lastPrint < LOG_EVERY_NANOS)) {
            return;
        }
        long read = step.getReadCount() + rowsAtStart;
        if (read == rowsAtStart) {
            return;
        }
        lastPrint = now;
        double seconds = (now - start) / 1e9;
        double rate = (read - rowsAtStart) / seconds;
        String left = expectedRows > read && rate > 0
                ? String.format(Locale.ROOT, ", about %d s left", Math.round((expectedRows - read) / rate)) : "";
        String line = String.format(Locale.ROOT, "%,d of ~%,d rows, %,.0f rows/s%s", read, expectedRows, rate, left);
        if (terminal) {
            out.print("\r" + line + "   ");
        } else {
            out.println("progress: " + line);
        }
        out.flush();
        printed = true;
    }

    /** Ends the in-place line on a terminal. */
    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (terminal && printed) {
            out.println();
        }
        return null;
    }
}
