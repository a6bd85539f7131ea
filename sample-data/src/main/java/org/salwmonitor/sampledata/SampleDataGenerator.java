package org.salwmonitor.sampledata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates the reference dataset (synthetic, not official statistics) into a folder. The same seed
 * always gives byte-identical files; the committed dataset is this generator's output for
 * {@link SampleData#DEFAULT_SEED}.
 *
 * <p>Usage: {@code SampleDataGenerator [--seed N] [--out DIR]}; the default folder is the module's
 * resource folder, {@code sample-data/src/main/resources/org/salwmonitor/sampledata}, relative to the
 * repository root.
 */
public final class SampleDataGenerator {

    /** Events in the reference case records. */
    static final int EVENTS = 2000;

    private SampleDataGenerator() {
    }

    /**
     * Runs the generator.
     *
     * @param args  {@code --seed N} and {@code --out DIR}, both optional
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        long seed = SampleData.DEFAULT_SEED;
        Path out = Path.of("sample-data/src/main/resources", SampleData.ROOT);
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("option must be --seed or --out, was '" + args[i] + "'");
            }
        }
        generate(seed, out);
        System.out.println("Synthetic sample dataset (not official statistics), seed " + seed + ", written to "
                + out.toAbsolutePath());
    }

    /**
     * Writes every file of the dataset under {@code dir}.
     *
     * @param seed  the seed
     * @param dir   the target folder, created if needed
     * @throws IOException if a file cannot be written
     */
    public static void generate(long seed, Path dir) throws IOException {
        Rng rng = new Rng(seed);
        List<StateProfile> profiles = StateProfile.centralAsia();
        StatisticsGenerator statistics = new StatisticsGenerator(seed);
        try (StatisticsWriter w = new StatisticsWriter(writer(dir, SampleData.STATISTICS),
                writer(dir, SampleData.STATISTICS_SDMX_1), writer(dir, SampleData.STATISTICS_SDMX_2),
                statistics.sourceRef())) {
            statistics.generate(profiles, SampleData.FIRST_YEAR, SampleData.LAST_YEAR - SampleData.FIRST_YEAR + 1,
                    rng.fork("statistics"), w);
        }
        try (Writer w = writer(dir, SampleData.PARTICIPATION)) {
            LegalGenerator.participation(new Csv(w), rng.fork("participation"));
        }
        try (Writer w = writer(dir, SampleData.SUBMISSIONS)) {
            LegalGenerator.submissions(new Csv(w), rng.fork("submissions"));
        }

        long serialOffset = rng.fork("serials").nextLong() >>> 8;
        PlantedMatches planted = new PlantedMatches(rng.fork("planted"));
        List<String[]> manifest = new ArrayList<>();
        long[] used = new long[1];
        try (Writer w = writer(dir, SampleData.LOST_STOLEN)) {
            manifest.addAll(planted.writeLostStolen(new Csv(w), serialOffset, used));
        }
        List<String> areas = profiles.stream().map(StateProfile::area).toList();
        CaseGenerator cases = new CaseGenerator(rng.fork("cases"), areas, new double[] {35, 17, 18, 8, 22},
                CaseGenerator.sharesOf(profiles), SampleData.FIRST_YEAR,
                SampleData.LAST_YEAR - SampleData.FIRST_YEAR + 1, serialOffset, used[0], planted.byEventIndex(EVENTS));
        try (Writer events = writer(dir, SampleData.EVENTS); Writer items = writer(dir, SampleData.ITEMS);
                Writer tracing = writer(dir, SampleData.TRACING_REQUESTS)) {
            cases.generate(EVENTS, Long.MAX_VALUE, new Csv(events), new Csv(items), new Csv(tracing));
        }
        manifest.addAll(cases.plantedRows());
        manifest.sort((a, b) -> {
            int c = a[0].compareTo(b[0]);
            return c != 0 ? c : (a[5] + a[3]).compareTo(b[5] + b[3]);
        });
        try (Writer w = writer(dir, SampleData.PLANTED_MATCHES)) {
            Csv csv = new Csv(w);
            csv.row(PlantedMatches.MANIFEST_COLUMNS.toArray());
            for (String[] row : manifest) {
                Object[] withFlag = java.util.Arrays.copyOf(row, row.length + 1, Object[].class);
                withFlag[row.length] = "true";
                csv.row(withFlag);
            }
        }
        BadInputs.write(dir.resolve("bad-inputs"));
    }

    /** A UTF-8 writer for a file under {@code dir}, creating its folder. */
    static Writer writer(Path dir, String relative) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
    }
}
