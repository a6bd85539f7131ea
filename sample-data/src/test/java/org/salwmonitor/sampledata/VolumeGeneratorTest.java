package org.salwmonitor.sampledata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salwmonitor.core.geo.Country;

class VolumeGeneratorTest {

    private static final List<String> FILES = List.of("statistics.csv", "statistics.sdmx-csv-2.0.csv", "events.csv",
            "items.csv", "tracing-requests.csv");

    @Test
    void theSameArgumentsGiveByteIdenticalFiles(@TempDir Path a, @TempDir Path b) throws IOException {
        // given
        long[] first = VolumeGenerator.generate(7, 20_000, 12, 6, a);

        // when
        long[] second = VolumeGenerator.generate(7, 20_000, 12, 6, b);

        // then
        assertThat(second).containsExactly(first);
        for (String file : FILES) {
            assertThat(Files.mismatch(a.resolve(file), b.resolve(file))).as(file).isEqualTo(-1L);
        }
    }

    @Test
    void writesAtLeastTheRowsAskedForAndEveryCountryYear(@TempDir Path dir) throws IOException {
        // when
        long[] counts = VolumeGenerator.generate(1, 5_000, 9, 4, dir);

        // then
        assertThat(counts[1]).isBetween(5_000L, 5_100L);
        assertThat(Files.readAllLines(dir.resolve("items.csv"))).hasSize((int) counts[1] + 1);
        assertThat(Files.readAllLines(dir.resolve("events.csv"))).hasSize((int) counts[0] + 1);
        CsvTable statistics = CsvTable.parse(Files.readString(dir.resolve("statistics.csv")));
        assertThat(statistics.rows()).hasSize((int) counts[3]);
        assertThat(statistics.rows().stream().map(r -> r.get("REF_AREA")).distinct()).hasSize(9);
        assertThat(statistics.rows().stream().map(r -> r.get("TIME_PERIOD")).distinct())
                .containsExactlyInAnyOrder("2021", "2022", "2023", "2024");
    }

    @Test
    void everyStatisticsRowOfEveryCountryIsACoreModelObservation(@TempDir Path dir) throws IOException {
        // given: all 193 member states, so every rescaled profile is used
        VolumeGenerator.generate(3, 0, 193, 2, dir);

        // when
        CsvTable statistics = CsvTable.parse(Files.readString(dir.resolve("statistics.csv")));

        // then
        assertThat(statistics.rows()).extracting(r -> StatisticsModelTest.toObservation(r).key().area())
                .doesNotContainNull().containsAll(Country.all().stream().filter(Country::unMember).toList());
    }

    @Test
    void theListOfMemberStatesIsTheCoreModelsUnMembers() {
        assertThat(VolumeGenerator.UN_MEMBERS).hasSize(193).doesNotHaveDuplicates().isSorted()
                .contains("KZ", "KG", "TJ", "TM", "UZ").doesNotContain("VA", "PS");
    }

    @Test
    void outOfRangeArgumentsAreRefusedWithTheValue(@TempDir Path dir) {
        assertThatThrownBy(() -> VolumeGenerator.generate(1, 10, 0, 5, dir))
                .hasMessage("countries must be between 1 and 193, was 0");
        assertThatThrownBy(() -> VolumeGenerator.generate(1, 10, 5, 101, dir))
                .hasMessage("years must be between 1 and 100, was 101");
        assertThatThrownBy(() -> VolumeGenerator.generate(1, -1, 5, 5, dir))
                .hasMessage("rows must not be negative, was -1");
    }
}
