package org.salwmonitor.sampledata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseVolumeGeneratorTest {

    private static final List<String> FILES = List.of("events.csv", "items.csv", "tracing-requests.csv");

    @Test
    void theSameArgumentsGiveByteIdenticalFiles(@TempDir Path a, @TempDir Path b) throws IOException {
        // given
        long[] first = CaseVolumeGenerator.generate(7, 5_000, a);

        // when
        long[] second = CaseVolumeGenerator.generate(7, 5_000, b);

        // then
        assertThat(second).containsExactly(first);
        for (String file : FILES) {
            assertThat(Files.mismatch(a.resolve(file), b.resolve(file))).as(file).isEqualTo(-1L);
        }
    }

    @Test
    void writesAtLeastTheItemsAskedForEachNamingAnEventOfTheFile(@TempDir Path dir) throws IOException {
        // when
        long[] counts = CaseVolumeGenerator.generate(1, 5_000, dir);

        // then
        CsvTable events = CsvTable.parse(Files.readString(dir.resolve("events.csv")));
        CsvTable items = CsvTable.parse(Files.readString(dir.resolve("items.csv")));
        assertThat(counts[1]).isBetween(5_000L, 5_100L);
        assertThat(items.rows()).hasSize((int) counts[1]);
        assertThat(events.rows()).hasSize((int) counts[0]);
        Set<String> eventIds = events.rows().stream().map(r -> r.get("EVENT_ID")).collect(Collectors.toSet());
        assertThat(items.rows()).allSatisfy(item -> assertThat(eventIds).contains(item.get("EVENT_ID")));
        assertThat(events.rows()).extracting(r -> r.get("SYNTHETIC")).containsOnly("true");
    }

    @Test
    void refusesANegativeCount(@TempDir Path dir) {
        assertThatThrownBy(() -> CaseVolumeGenerator.generate(1, -1, dir))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("items must not be negative, was -1");
    }
}
