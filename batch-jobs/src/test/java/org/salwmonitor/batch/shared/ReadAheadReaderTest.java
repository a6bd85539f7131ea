package org.salwmonitor.batch.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

class ReadAheadReaderTest {

    /** Numbers 1 to {@code last}; counts how many it has handed out and whether it is open. */
    private static final class Numbers extends AbstractItemCountingItemStreamItemReader<Integer> {
        private final int last;
        private final int failAt;
        final AtomicInteger produced = new AtomicInteger();
        volatile boolean open;
        volatile String readBy;

        Numbers(int last, int failAt) {
            this.last = last;
            this.failAt = failAt;
            setName("numbers");
        }

        @Override
        protected Integer doRead() {
            readBy = Thread.currentThread().getName();
            int next = produced.get() + 1;
            if (next == failAt) {
                throw new IllegalStateException("cannot read item " + next);
            }
            if (next > last) {
                return null;
            }
            produced.incrementAndGet();
            return next;
        }

        @Override
        protected void doOpen() {
            open = true;
        }

        @Override
        protected void doClose() {
            open = false;
        }
    }

    private static List<String> readAll(ReadAheadReader<Integer, String> reader) throws Exception {
        List<String> items = new ArrayList<>();
        for (String item = reader.read(); item != null; item = reader.read()) {
            items.add(item);
        }
        return items;
    }

    @Test
    void handsOverEveryItemTransformedInOrderOnAnotherThread() throws Exception {
        // given
        Numbers numbers = new Numbers(5_000, -1);
        ReadAheadReader<Integer, String> reader = new ReadAheadReader<>("test", numbers, i -> "#" + i, 1_000);

        // when
        reader.open(new ExecutionContext());
        List<String> items = readAll(reader);
        reader.close();

        // then
        assertThat(items).hasSize(5_000).startsWith("#1", "#2").endsWith("#5000");
        assertThat(reader.read()).as("stays at the end").isNull();
        assertThat(numbers.readBy).isEqualTo("salw-read-ahead");
        assertThat(numbers.open).as("the delegate is closed with the reader").isFalse();
    }

    @Test
    void readsNoMoreThanTheGivenNumberAheadOfTheStep() throws Exception {
        // given
        Numbers numbers = new Numbers(100_000, -1);
        ReadAheadReader<Integer, String> reader = new ReadAheadReader<>("test", numbers, i -> "#" + i, 2_000);
        reader.open(new ExecutionContext());

        // when: the step takes one item and waits
        reader.read();
        TimeUnit.MILLISECONDS.sleep(300);

        // then: the queue's batches, one in the worker's hands and one handed out, and no more
        assertThat(numbers.produced.get()).isGreaterThan(1).isLessThanOrEqualTo(2_000 + 3 * 512);
        reader.close();
    }

    @Test
    void savesTheItemsHandedOverNotThoseReadAheadAndARestartGoesOnFromThere() throws Exception {
        // given: 1,234 items handed to the step, many more read ahead, then the position saved
        ExecutionContext context = new ExecutionContext();
        ReadAheadReader<Integer, String> first = new ReadAheadReader<>("test", new Numbers(10_000, -1), i -> "#" + i,
                5_000);
        first.open(context);
        for (int i = 0; i < 1_234; i++) {
            first.read();
        }
        TimeUnit.MILLISECONDS.sleep(100);
        first.update(context);
        first.close();

        // when
        AtomicInteger transformed = new AtomicInteger();
        ReadAheadReader<Integer, String> again = new ReadAheadReader<>("test", new Numbers(10_000, -1), i -> {
            transformed.incrementAndGet();
            return "#" + i;
        }, 5_000);
        again.open(context);
        List<String> rest = readAll(again);
        again.close();

        // then
        assertThat(context.getLong("test.handed")).isEqualTo(1_234);
        assertThat(rest).hasSize(10_000 - 1_234).startsWith("#1235").endsWith("#10000");
        assertThat(transformed.get()).as("skipped items are not transformed").isEqualTo(10_000 - 1_234);
    }

    @Test
    void aFailureOfTheDelegateReachesTheStepAfterTheItemsBeforeIt() throws Exception {
        // given
        ReadAheadReader<Integer, String> reader = new ReadAheadReader<>("test", new Numbers(10_000, 700), i -> "#" + i,
                100);
        reader.open(new ExecutionContext());

        // when
        List<String> items = new ArrayList<>();
        assertThatThrownBy(() -> {
            for (int i = 0; i < 10_000; i++) {
                items.add(reader.read());
            }
        }).isInstanceOf(IllegalStateException.class).hasMessage("cannot read item 700");
        reader.close();

        // then
        assertThat(items).hasSize(699).endsWith("#699");
    }

    @Test
    void aFailureOfTheTransformReachesTheStep() throws Exception {
        // given
        ReadAheadReader<Integer, String> reader = new ReadAheadReader<>("test", new Numbers(10, -1), i -> {
            if (i == 3) {
                throw new IllegalArgumentException("bad item 3");
            }
            return "#" + i;
        }, 100);
        reader.open(new ExecutionContext());

        // then
        assertThat(reader.read()).isEqualTo("#1");
        assertThat(reader.read()).isEqualTo("#2");
        assertThatThrownBy(reader::read).isInstanceOf(IllegalArgumentException.class).hasMessage("bad item 3");
        reader.close();
    }

    @Test
    void closingInTheMiddleStopsTheThreadAndClosesTheDelegate() throws Exception {
        // given
        Numbers numbers = new Numbers(Integer.MAX_VALUE, -1);
        ReadAheadReader<Integer, String> reader = new ReadAheadReader<>("test", numbers, i -> "#" + i, 1_000);
        reader.open(new ExecutionContext());
        reader.read();

        // when
        reader.close();

        // then
        assertThat(numbers.open).isFalse();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("salw-read-ahead"));
    }
}
