package org.salwmonitor.sampledata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

    @ParameterizedTest(name = "quarters: {0}")
    @ValueSource(booleans = {false, true})
    void contextsAddTheBreakdownByContextAndLeaveEveryOtherRowAsItWas(boolean quarters, @TempDir Path plain,
                                                                     @TempDir Path byContext) throws IOException {
        // given
        long plainRows = VolumeGenerator.generate(5, 0, 7, 3, quarters, plain)[3];

        // when
        long rows = VolumeGenerator.generate(5, 0, 7, 3, quarters, true, byContext)[3];

        // then: without the rows that have both a weapon type and a context, the file is the plain one
        List<String> lines = Files.readAllLines(byContext.resolve("statistics.csv"));
        CsvTable table = CsvTable.parse(String.join("\n", lines) + "\n");
        List<String> others = new ArrayList<>(List.of(lines.get(0)));
        for (int i = 0; i < table.rows().size(); i++) {
            if (!isContextBreakdown(table.rows().get(i))) {
                others.add(lines.get(table.lines().get(i) - 1));
            }
        }
        assertThat(others).containsExactlyElementsOf(Files.readAllLines(plain.resolve("statistics.csv")));
        assertThat(rows).isEqualTo(table.rows().size()).isGreaterThan(4 * plainRows);
        // every key is distinct and a core-model observation, and the contexts add up to their weapon type
        assertThat(table.rows().stream().map(VolumeGeneratorTest::key).distinct()).hasSize(table.rows().size());
        assertThat(table.rows()).extracting(r -> StatisticsModelTest.toObservation(r).key()).doesNotContainNull();
        Map<String, Long> byType = new HashMap<>();
        Map<String, Long> sumOfContexts = new HashMap<>();
        for (Map<String, String> r : table.rows()) {
            if (r.get("INDICATOR").equals("ITEMS") && !r.get("WEAPON_TYPE").equals("_T")) {
                String series = String.join(".", r.get("REF_AREA"), r.get("TIME_PERIOD"), r.get("EVENT"),
                        r.get("WEAPON_TYPE"));
                (isContextBreakdown(r) ? sumOfContexts : byType).merge(series, Long.parseLong(r.get("OBS_VALUE")),
                        Long::sum);
            }
        }
        assertThat(sumOfContexts).isNotEmpty().isEqualTo(byType);
    }

    private static boolean isContextBreakdown(Map<String, String> row) {
        return !row.get("WEAPON_TYPE").equals("_T") && !row.get("CONTEXT").equals("_T");
    }

    private static String key(Map<String, String> row) {
        return String.join(".", row.get("REF_AREA"), row.get("TIME_PERIOD"), row.get("INDICATOR"), row.get("EVENT"),
                row.get("ITEM_CLASS"), row.get("WEAPON_TYPE"), row.get("CONTEXT"), row.get("UNIT_MEASURE"));
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
