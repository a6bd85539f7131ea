package org.salwmonitor.batch.shared;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads and transforms (validates) the rows of a {@link RowReader} in a background thread, ahead of the
 * step, so that the next chunk is parsed and validated while the current one is written to the database:
 * on two cores the Java side and the database side of an import then overlap instead of taking turns.
 *
 * <p>Restartable exactly like the reader it wraps: it saves the number of rows it has <em>handed out</em>
 * (not the number read ahead) with each committed chunk, and on a restart reads and discards that many rows
 * before reading ahead again. The wrapped reader's own state is never saved. An exception in the background
 * thread is thrown by the next {@link #read()}.
 *
 * @param <T> what each row becomes
 */
public class ReadAheadReader<T> implements ItemStreamReader<T> {

    private static final String HANDED_OUT = "readAhead.count";

    private final RowReader delegate;
    private final Function<CsvRow, T> transform;
    private final int capacity;
    private BlockingQueue<Object> queue;
    private Thread worker;
    private long handedOut;
    private boolean finished;

    /**
     * A reader that transforms the rows of {@code delegate} ahead of time.
     *
     * @param delegate   the reader of the file; opened, read and closed by this reader only
     * @param transform  what to do with each row (in the background thread)
     * @param capacity   how many transformed rows may wait, at most
     */
    public ReadAheadReader(RowReader delegate, Function<CsvRow, T> transform, int capacity) {
        this.delegate = delegate;
        this.transform = transform;
        this.capacity = capacity;
    }

    /** A row that ended the background thread: the end of the file, or what went wrong. */
    private record End(Throwable failure) {
    }

    @Override
    public void open(ExecutionContext context) {
        handedOut = context.getLong(HANDED_OUT, 0L);
        delegate.open(new ExecutionContext());
        long skip = handedOut;
        queue = new ArrayBlockingQueue<>(capacity);
        worker = new Thread(() -> readAhead(skip), "read-ahead");
        worker.setDaemon(true);
        worker.start();
    }

    private void readAhead(long skip) {
        Object end = new End(null);
        try {
            for (long i = 0; i < skip; i++) {
                if (delegate.read() == null) {
                    break;
                }
            }
            CsvRow row;
            while ((row = delegate.read()) != null) {
                queue.put(transform.apply(row));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (Exception | Error e) {
            end = new End(e);
        }
        try {
            queue.put(end);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public T read() throws Exception {
        if (finished) {
            return null;
        }
        Object next = queue.take();
        if (next instanceof End end) {
            finished = true;
            if (end.failure() instanceof Exception e) {
                throw e;
            }
            if (end.failure() instanceof Error e) {
                throw e;
            }
            return null;
        }
        handedOut++;
        return (T) next;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(HANDED_OUT, handedOut);
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ItemStreamException("interrupted while stopping the read-ahead thread", e);
            }
            worker = null;
        }
        delegate.close();
    }
}
