package org.salwmonitor.batch.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class ReadAheadReaderTest {

    @TempDir
    Path dir;

    private Path file(int rows) throws Exception {
        StringBuilder csv = new StringBuilder("ID,VALUE\n");
        for (int i = 1; i <= rows; i++) {
            csv.append("R").append(i).append(',').append(i * 10).append('\n');
        }
        return Files.writeString(dir.resolve("rows.csv"), csv);
    }

    private static ReadAheadReader<String> reader(Path file, int capacity) {
        CsvRowReader rows = new CsvRowReader(TextFileSniffer.sniff(file, null));
        return new ReadAheadReader<>(rows, row -> row.get("ID") + "@" + row.line() + "/" + rows.header().size(), capacity);
    }

    private static List<String> readAll(ReadAheadReader<String> reader, int limit) throws Exception {
        List<String> read = new ArrayList<>();
        String item;
        while (read.size() < limit && (item = reader.read()) != null) {
            read.add(item);
        }
        return read;
    }

    @Test
    void handsOutEveryTransformedRowInOrderThenNull() throws Exception {
        // given
        ReadAheadReader<String> reader = reader(file(1000), 7);
        reader.open(new ExecutionContext());
        // when
        List<String> read = readAll(reader, Integer.MAX_VALUE);
        // then
        assertThat(read).hasSize(1000).startsWith("R1@2/2", "R2@3/2").endsWith("R1000@1001/2");
        assertThat(reader.read()).isNull();
        reader.close();
    }

    @Test
    void aRestartResumesAfterTheRowsHandedOutNotAfterThoseReadAhead() throws Exception {
        // given: 300 rows handed out and saved, many more read ahead, then the process "dies"
        Path file = file(1000);
        ReadAheadReader<String> first = reader(file, 500);
        ExecutionContext saved = new ExecutionContext();
        first.open(saved);
        readAll(first, 300);
        first.update(saved);
        Thread.sleep(50);
        first.close();
        // when
        ReadAheadReader<String> second = reader(file, 500);
        second.open(saved);
        List<String> rest = readAll(second, Integer.MAX_VALUE);
        second.close();
        // then
        assertThat(rest).hasSize(700).startsWith("R301@302/2");
    }

    @Test
    void aFailureOfTheTransformIsThrownByRead() throws Exception {
        // given
        CsvRowReader rows = new CsvRowReader(TextFileSniffer.sniff(file(10), null));
        ReadAheadReader<String> reader = new ReadAheadReader<>(rows, row -> {
            if (row.line() == 5) {
                throw new IllegalStateException("row 5 is cursed");
            }
            return row.get("ID");
        }, 4);
        reader.open(new ExecutionContext());
        // when / then
        assertThat(readAll(reader, 3)).containsExactly("R1", "R2", "R3");
        assertThatThrownBy(reader::read).isInstanceOf(IllegalStateException.class).hasMessage("row 5 is cursed");
        reader.close();
    }
}
