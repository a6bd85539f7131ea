package org.salwmonitor.batch.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads items from a delegate and transforms them (parse, validate) on a background thread, up to a
 * bounded number of items ahead of the step, so that this work overlaps the database work of the chunk
 * being written instead of adding to it. Memory stays bounded by {@code ahead}, whatever the file size.
 *
 * <p>Restartable like the delegate on its own: the number of items handed to the step (not the number
 * read ahead) is saved with each committed chunk under {@code name.handed}; a restart reads and drops
 * that many items of the delegate, untransformed, before going on. The delegate's own {@code update} is
 * never called, since its position runs ahead of what is committed.
 *
 * <p>The delegate is opened and closed on the step's thread and read only by the background thread in
 * between. A failure of the delegate or of the transform is thrown by the step's next {@link #read()}.
 *
 * @param <T> the items of the delegate
 * @param <R> the transformed items the step receives
 */
public class ReadAheadReader<T, R> implements ItemStreamReader<R> {

    /** Items are passed between the threads in batches of this many, so the queue is rarely touched. */
    private static final int BATCH = 512;

    private static final Object END = new Object();

    private final String name;
    private final ItemStreamReader<? extends T> delegate;
    private final Function<? super T, ? extends R> transform;
    private final BlockingQueue<Object> queue;
    private Thread worker;
    private volatile boolean stopped;
    private List<R> current = List.of();
    private int next;
    private boolean finished;
    private long handed;

    /**
     * Creates a reader that reads ahead of the step on a thread of its own once it is opened.
     *
     * @param name       prefix of the key under which the position is saved, unique within the step
     * @param delegate   the reader of the raw items, not yet opened
     * @param transform  applied to each item on the background thread; must not touch step-scoped beans
     * @param ahead      how many items may be read ahead of the step (rounded up to whole batches)
     */
    public ReadAheadReader(String name, ItemStreamReader<? extends T> delegate, Function<? super T, ? extends R> transform,
                           int ahead) {
        this.name = name;
        this.delegate = delegate;
        this.transform = transform;
        this.queue = new ArrayBlockingQueue<>(Math.max(1, (ahead + BATCH - 1) / BATCH));
    }

    @Override
    public void open(ExecutionContext context) {
        delegate.open(context);
        stopped = false;
        finished = false;
        handed = context.getLong(key(), 0L);
        long skip = handed;
        worker = new Thread(() -> readAhead(skip), "salw-read-ahead");
        worker.setDaemon(true);
        worker.start();
    }

    private void readAhead(long skip) {
        List<R> batch = new ArrayList<>(BATCH);
        Object last = END;
        try {
            for (long i = 0; i < skip && !stopped; i++) {
                if (delegate.read() == null) {
                    break;
                }
            }
            T item;
            while (!stopped && (item = delegate.read()) != null) {
                batch.add(transform.apply(item));
                if (batch.size() == BATCH) {
                    queue.put(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (Throwable e) {
            // the items before it first, then the failure: the step's thread fails the chunk with it
            last = new Failure(e);
        }
        try {
            if (!batch.isEmpty()) {
                queue.put(batch);
            }
            queue.put(last);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public R read() throws Exception {
        while (next == current.size()) {
            if (finished) {
                return null;
            }
            Object taken = queue.take();
            if (taken == END) {
                finished = true;
                return null;
            }
            if (taken instanceof Failure failure) {
                finished = true;
                if (failure.cause() instanceof Exception e) {
                    throw e;
                }
                throw (Error) failure.cause();
            }
            current = (List<R>) taken;
            next = 0;
        }
        handed++;
        return current.get(next++);
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(key(), handed);
    }

    @Override
    public void close() {
        stopped = true;
        Thread thread = worker;
        worker = null;
        try {
            if (thread != null) {
                thread.interrupt();
                thread.join(TimeUnit.SECONDS.toMillis(30));
                if (thread.isAlive()) {
                    throw new ItemStreamException("the read-ahead thread of " + name + " did not stop");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            queue.clear();
            current = List.of();
            next = 0;
            delegate.close();
        }
    }

    private String key() {
        return name + ".handed";
    }

    private record Failure(Throwable cause) {
    }
}
