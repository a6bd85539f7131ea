package org.salwmonitor.sampledata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed dataset is exactly the generator's output for the default seed. */
class ReferenceDatasetTest {

    private static final Path COMMITTED = Path.of("src/main/resources", SampleData.ROOT);

    @Test
    void committedFilesAreByteIdenticalToARegeneration(@TempDir Path dir) throws IOException {
        // given
        SampleDataGenerator.generate(SampleData.DEFAULT_SEED, dir);

        // when
        TreeSet<String> generated = files(dir);
        TreeSet<String> committed = files(COMMITTED);
        committed.remove("README.md");

        // then
        assertThat(committed).isEqualTo(generated);
        for (String file : generated) {
            assertThat(Files.mismatch(dir.resolve(file), COMMITTED.resolve(file)))
                    .as("first differing byte of %s (regenerate with SampleDataGenerator)", file).isEqualTo(-1L);
        }
    }

    @Test
    void anotherSeedGivesOtherCaseRecords(@TempDir Path a, @TempDir Path b) throws IOException {
        // given
        SampleDataGenerator.generate(1, a);
        SampleDataGenerator.generate(2, b);

        // when
        long mismatch = Files.mismatch(a.resolve(SampleData.ITEMS), b.resolve(SampleData.ITEMS));

        // then
        assertThat(mismatch).isPositive();
    }

    @Test
    void everyDataFileIsOnTheClasspathAndSaysItIsSynthetic() throws IOException {
        for (String file : SampleData.DATA_FILES) {
            // given
            CsvTable table;
            try (InputStream in = SampleData.open(file)) {
                table = CsvTable.parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }

            // then
            assertThat(SampleData.url(file)).isNotNull();
            assertThat(table.rows()).as(file).isNotEmpty();
            if (file.startsWith("legal/")) {
                assertThat(table.header()).as(file).contains("SYNTHETIC");
            } else {
                assertThat(table.rows()).as(file).allSatisfy(row -> assertThat(row.get("SYNTHETIC")).isEqualTo("true"));
            }
        }
    }

    @Test
    void noFieldTheProjectWritesStartsLikeASpreadsheetFormula() throws IOException {
        // issue 5: formulas are never written out unescaped; the generator writes none at all
        for (String file : SampleData.DATA_FILES) {
            CsvTable table;
            try (InputStream in = SampleData.open(file)) {
                table = CsvTable.parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThat(table.rows()).as(file).allSatisfy(row -> assertThat(row.values())
                    .noneMatch(v -> !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0));
        }
    }

    @Test
    void readmeSaysSyntheticAndHowItWasGenerated() throws IOException {
        String readme;
        try (InputStream in = SampleData.open("README.md")) {
            readme = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(readme).contains("not official statistics", "SampleDataGenerator", "20230614");
    }

    @Test
    void anUnknownPathIsRefusedWithThePath() {
        assertThatThrownBy(() -> SampleData.open("nope.csv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("path must name a file of the sample dataset, was 'nope.csv'");
        assertThatThrownBy(() -> SampleData.url("nope.csv"))
                .hasMessage("path must name a file of the sample dataset, was 'nope.csv'");
    }

    private static TreeSet<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            List<String> all = walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .toList();
            return new TreeSet<>(all);
        }
    }
}
