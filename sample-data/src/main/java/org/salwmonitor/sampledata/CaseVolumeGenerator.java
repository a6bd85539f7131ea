package org.salwmonitor.sampledata;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Streams synthetic case records in volume for the records-import benchmark: N item lines with their events
 * and tracing requests, for the five Central Asian states over {@value SampleData#FIRST_YEAR} to
 * {@value SampleData#LAST_YEAR}, in the formats and with the realism rules of the reference dataset
 * ({@code docs/formats.md} §6), in constant memory. The same arguments give byte-identical files. Synthetic
 * data, not official statistics; no person identifier or serial describes a real one.
 *
 * <p>Usage: {@code CaseVolumeGenerator [--seed S] [--items N] [--out DIR]}; defaults: seed
 * {@link SampleData#DEFAULT_SEED}, 1,000,000 item lines, folder {@code salw-out/case-volume}. Files written:
 * {@code events.csv}, {@code items.csv}, {@code tracing-requests.csv}.
 */
public final class CaseVolumeGenerator {

    private CaseVolumeGenerator() {
    }

    /**
     * Runs the generator and prints what it wrote and how long it took.
     *
     * @param args  the options above
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        long seed = SampleData.DEFAULT_SEED;
        long items = 1_000_000;
        Path out = Path.of("salw-out", "case-volume");
        for (int i = 0; i + 1 < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(value);
                case "--items" -> items = Long.parseLong(value.replace("_", ""));
                case "--out" -> out = Path.of(value);
                default -> throw new IllegalArgumentException("option must be --seed, --items or --out, was '" + args[i]
                        + "'");
            }
        }
        long start = System.nanoTime();
        long[] counts = generate(seed, items, out);
        System.out.printf(Locale.ROOT, "Synthetic case records (not official data), seed %d: %,d events, %,d item lines,"
                + " %,d tracing requests in %.1f s -> %s%n", seed, counts[0], counts[1], counts[2],
                (System.nanoTime() - start) / 1e9, out.toAbsolutePath());
    }

    /**
     * Writes the files and returns the counts of events, item lines and tracing requests.
     *
     * @param seed   the seed
     * @param items  item lines to write (at least; the last event is written whole), not negative
     * @param dir    target folder, created if needed
     * @return {events, items, tracing requests}
     * @throws IOException if a file cannot be written
     */
    public static long[] generate(long seed, long items, Path dir) throws IOException {
        if (items < 0) {
            throw new IllegalArgumentException("items must not be negative, was " + items);
        }
        Rng rng = new Rng(seed);
        List<StateProfile> profiles = StateProfile.centralAsia();
        List<String> areas = profiles.stream().map(StateProfile::area).toList();
        double[] weights = profiles.stream().mapToDouble(StateProfile::seized).toArray();
        int years = SampleData.LAST_YEAR - SampleData.FIRST_YEAR + 1;
        CaseGenerator cases = new CaseGenerator(rng.fork("cases"), areas, weights, CaseGenerator.sharesOf(profiles),
                SampleData.FIRST_YEAR, years, rng.fork("serials").nextLong() >>> 8, 0, Map.of());
        long[] events = new long[1];
        try (Writer e = SampleDataGenerator.writer(dir, "events.csv");
                Writer i = SampleDataGenerator.writer(dir, "items.csv");
                Writer t = SampleDataGenerator.writer(dir, "tracing-requests.csv")) {
            Csv counted = new Csv(e) {
                @Override
                void row(Object... fields) {
                    events[0]++;
                    super.row(fields);
                }
            };
            cases.generate(Long.MAX_VALUE, items, counted, new Csv(i), new Csv(t));
        }
        return new long[] {events[0] - 1, cases.items(), cases.requests()};
    }
}
