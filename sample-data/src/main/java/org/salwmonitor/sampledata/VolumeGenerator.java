package org.salwmonitor.sampledata;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.salwmonitor.core.geo.Country;

/**
 * Streams synthetic data in volume for benchmarks: N case item lines (with their events and tracing
 * requests) and the statistics of M countries over Y years, in the formats of the reference dataset and
 * with the same realism rules, in constant memory. The same arguments give byte-identical files.
 *
 * <p>Usage: {@code VolumeGenerator [--seed S] [--rows N] [--countries M] [--years Y] [--quarters] [--contexts]
 * [--out DIR]}; defaults: seed {@link SampleData#DEFAULT_SEED}, 1,000,000 item lines, the 5 Central Asian
 * states, 11 years ending in 2024, annual statistics, folder {@code salw-out/volume}. With
 * {@code --quarters} the statistics are quarterly ({@code 2024-Q1} to {@code 2024-Q4}), four times as many
 * rows for import benchmarks: each annual value is split over its four quarters (the quarters of one
 * series add up to the year; breakdowns such as weapon types need not add up within a quarter). With
 * {@code --contexts} every firearm count of one weapon type is also written broken down by the six
 * criminal contexts (the contexts add up to it), about 4.7 times the rows: more distinct keys than 100
 * years of quarters give ({@code --countries 193 --years 36 --quarters --contexts} writes about 5 million).
 * Without it the files are exactly those of earlier versions. Countries beyond the five are the other UN member
 * states in alpha-2 order, each with one of the five profiles, rescaled. Planted matches
 * and lost-or-stolen records belong to the reference dataset only.
 *
 * <p>Files written: {@code statistics.csv} (import template), {@code statistics.sdmx-csv-2.0.csv},
 * {@code events.csv}, {@code items.csv}, {@code tracing-requests.csv}.
 */
public final class VolumeGenerator {

    /** ISO 3166-1 alpha-2 codes of the 193 UN member states (core-model's country table), in alpha-2 order. */
    static final List<String> UN_MEMBERS = Country.all().stream().filter(Country::unMember).map(Country::alpha2)
            .toList();

    private VolumeGenerator() {
    }

    /**
     * Runs the generator and prints what it wrote and how long it took.
     *
     * @param args  the options above
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        long seed = SampleData.DEFAULT_SEED;
        long rows = 1_000_000;
        int countries = 5;
        int years = 11;
        Path out = Path.of("salw-out", "volume");
        boolean quarters = false;
        boolean contexts = false;
        for (int i = 0; i < args.length; i += 2) {
            if (args[i].equals("--quarters") || args[i].equals("--contexts")) {
                quarters |= args[i].equals("--quarters");
                contexts |= args[i].equals("--contexts");
                i--;
                continue;
            }
            if (i + 1 >= args.length) {
                break;
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(value);
                case "--rows" -> rows = Long.parseLong(value.replace("_", ""));
                case "--countries" -> countries = Integer.parseInt(value);
                case "--years" -> years = Integer.parseInt(value);
                case "--out" -> out = Path.of(value);
                default -> throw new IllegalArgumentException(
                        "option must be --seed, --rows, --countries, --years, --quarters, --contexts or --out, was '"
                                + args[i]
                                + "'");
            }
        }
        long start = System.nanoTime();
        long[] counts = generate(seed, rows, countries, years, quarters, contexts, out);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "Synthetic data (not official statistics), seed %d: %,d events, %,d item lines, "
                + "%,d tracing requests, %,d observations (%d countries x %d years%s%s) in %.1f s -> %s%n", seed,
                counts[0], counts[1], counts[2], counts[3], countries, years, quarters ? " x 4 quarters" : "",
                contexts ? ", by context" : "", seconds, out.toAbsolutePath());
    }

    /**
     * Writes the files and returns the counts of events, item lines, tracing requests and observations.
     *
     * @param seed       the seed
     * @param rows       item lines to write (at least; the last event is written whole)
     * @param countries  number of countries, 1 to 193
     * @param years      number of years ending in 2024, 1 to 100
     * @param dir        target folder, created if needed
     * @return {events, items, tracing requests, observations}
     * @throws IOException if a file cannot be written
     */
    public static long[] generate(long seed, long rows, int countries, int years, Path dir) throws IOException {
        return generate(seed, rows, countries, years, false, dir);
    }

    /**
     * Writes the files, with annual or quarterly statistics, and returns the counts of events, item lines,
     * tracing requests and observations.
     *
     * @param seed       the seed
     * @param rows       item lines to write (at least; the last event is written whole)
     * @param countries  number of countries, 1 to 193
     * @param years      number of years ending in 2024, 1 to 100
     * @param quarters   write each year as four quarters (YYYY-Qn) instead of one annual row
     * @param dir        target folder, created if needed
     * @return {events, items, tracing requests, observations}
     * @throws IOException if a file cannot be written
     */
    public static long[] generate(long seed, long rows, int countries, int years, boolean quarters, Path dir)
            throws IOException {
        return generate(seed, rows, countries, years, quarters, false, dir);
    }

    /**
     * Writes the files, with annual or quarterly statistics, optionally with every firearm count of one
     * weapon type broken down by criminal context too, and returns the counts of events, item lines,
     * tracing requests and observations.
     *
     * @param seed       the seed
     * @param rows       item lines to write (at least; the last event is written whole)
     * @param countries  number of countries, 1 to 193
     * @param years      number of years ending in 2024, 1 to 100
     * @param quarters   write each year as four quarters (YYYY-Qn) instead of one annual row
     * @param contexts   also write each firearm count of one weapon type by the six criminal contexts
     * @param dir        target folder, created if needed
     * @return {events, items, tracing requests, observations}
     * @throws IOException if a file cannot be written
     */
    public static long[] generate(long seed, long rows, int countries, int years, boolean quarters, boolean contexts,
                                  Path dir) throws IOException {
        if (countries < 1 || countries > UN_MEMBERS.size()) {
            throw new IllegalArgumentException("countries must be between 1 and " + UN_MEMBERS.size() + ", was "
                    + countries);
        }
        if (years < 1 || years > 100) {
            throw new IllegalArgumentException("years must be between 1 and 100, was " + years);
        }
        if (rows < 0) {
            throw new IllegalArgumentException("rows must not be negative, was " + rows);
        }
        Rng rng = new Rng(seed);
        List<StateProfile> profiles = profiles(countries, rng.fork("profiles"));
        int firstYear = SampleData.LAST_YEAR - years + 1;

        StatisticsGenerator statistics = new StatisticsGenerator(seed);
        long observations;
        if (quarters) {
            try (QuarterlyWriter w = new QuarterlyWriter(SampleDataGenerator.writer(dir, "statistics.csv"),
                    SampleDataGenerator.writer(dir, "statistics.sdmx-csv-2.0.csv"), statistics.sourceRef(),
                    rng.fork("quarters"), contexts ? new ContextBreakdown(rng.fork("contexts")) : null)) {
                statistics.generate(profiles, firstYear, years, rng.fork("statistics"), w);
                observations = w.rows;
            }
        } else {
            try (StatisticsWriter w = new StatisticsWriter(SampleDataGenerator.writer(dir, "statistics.csv"), null,
                    SampleDataGenerator.writer(dir, "statistics.sdmx-csv-2.0.csv"), statistics.sourceRef())) {
                ContextBreakdown breakdown = contexts ? new ContextBreakdown(rng.fork("contexts")) : null;
                statistics.generate(profiles, firstYear, years, rng.fork("statistics"), o -> {
                    w.accept(o);
                    if (breakdown != null) {
                        breakdown.of(o).forEach(w);
                    }
                });
                observations = w.rows();
            }
        }

        List<String> areas = profiles.stream().map(StateProfile::area).toList();
        double[] weights = new double[areas.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = profiles.get(i).seized();
        }
        CaseGenerator cases = new CaseGenerator(rng.fork("cases"), areas, weights, CaseGenerator.sharesOf(profiles),
                firstYear, years, rng.fork("serials").nextLong() >>> 8, 0, java.util.Map.of());
        long events;
        try (Writer e = SampleDataGenerator.writer(dir, "events.csv");
                Writer i = SampleDataGenerator.writer(dir, "items.csv");
                Writer t = SampleDataGenerator.writer(dir, "tracing-requests.csv")) {
            CountingCsv counted = new CountingCsv(e);
            cases.generate(Long.MAX_VALUE, rows, counted, new Csv(i), new Csv(t));
            events = counted.rows - 1;
        }
        return new long[] {events, cases.items(), cases.requests(), observations};
    }

    /**
     * Breaks a firearm count of one weapon type down by the six criminal contexts: jittered fixed shares
     * split by largest remainder, so the contexts add up to the count. The statistics generator never
     * writes a weapon type together with a context, so every such key is new. Its random numbers are its
     * own (a fork), so the other rows are the same with or without it.
     */
    private static final class ContextBreakdown {
        /** Shares of TERRORISM, ORGANIZED_CRIME, DRUG_TRAFFICKING, VIOLENT_CRIME, ARMED_CONFLICT, OTHER. */
        private static final double[] SHARES = {0.04, 0.22, 0.18, 0.30, 0.06, 0.20};
        private final Rng rng;

        ContextBreakdown(Rng rng) {
            this.rng = rng;
        }

        /** Returns the breakdown of an observation, or nothing if it is not a count of one weapon type. */
        List<Observation> of(Observation o) {
            if (!"ITEMS".equals(o.indicator()) || !"FIREARM".equals(o.itemClass()) || Codes.TOTAL.equals(o.weaponType())
                    || !Codes.TOTAL.equals(o.context()) || o.value() == null) {
                return List.of();
            }
            long[] parts = StatisticsGenerator.split(o.value(), SHARES, rng);
            List<Observation> byContext = new ArrayList<>(SHARES.length);
            for (int c = 0; c < SHARES.length; c++) {
                String conf = Codes.isLightWeapon(o.weaponType()) && parts[c] > 0 && parts[c] < 3 ? "A" : "F";
                byContext.add(new Observation(o.area(), o.year(), o.indicator(), o.event(), o.itemClass(),
                        o.weaponType(), Codes.CONTEXTS.get(c), o.unit(), parts[c], o.obsStatus(), conf, o.comment()));
            }
            return byContext;
        }
    }

    /** The five Central Asian profiles, then further countries with a rescaled copy of one of them. */
    static List<StateProfile> profiles(int countries, Rng rng) {
        List<StateProfile> five = StateProfile.centralAsia();
        List<StateProfile> all = new ArrayList<>(five.subList(0, Math.min(countries, five.size())));
        Set<String> taken = new HashSet<>();
        five.forEach(p -> taken.add(p.area()));
        for (String code : UN_MEMBERS) {
            if (all.size() >= countries) {
                break;
            }
            if (!taken.contains(code)) {
                StateProfile template = five.get(all.size() % five.size());
                all.add(template.forArea(code, 0.1 + 2.4 * rng.nextDouble(), 0.94 + 0.12 * rng.nextDouble()));
            }
        }
        return all;
    }

    /**
     * Writes each annual observation as its four quarters, to the import template and to SDMX-CSV 2.0:
     * the value is split over the quarters (jittered equal shares, largest remainder, so the quarters add
     * up to the year); a missing value is missing in every quarter.
     */
    private static final class QuarterlyWriter implements Consumer<Observation>, Closeable {
        private static final double[] EQUAL = {1, 1, 1, 1};
        private final Writer templateOut;
        private final Writer sdmxOut;
        private final Csv template;
        private final Csv sdmx;
        private final String sourceRef;
        private final Rng rng;
        private final ContextBreakdown contexts;
        long rows;

        QuarterlyWriter(Writer templateOut, Writer sdmxOut, String sourceRef, Rng rng, ContextBreakdown contexts) {
            this.templateOut = templateOut;
            this.sdmxOut = sdmxOut;
            this.template = new Csv(templateOut);
            this.sdmx = new Csv(sdmxOut);
            this.sourceRef = sourceRef;
            this.rng = rng;
            this.contexts = contexts;
            template.row(Codes.TEMPLATE_COLUMNS.toArray());
            List<Object> header = new ArrayList<>(List.of("STRUCTURE", "STRUCTURE_ID", "ACTION"));
            header.addAll(List.of(StatisticsWriter.SDMX_DIMENSIONS));
            header.addAll(List.of(StatisticsWriter.SDMX_MEASURE_AND_ATTRIBUTES));
            sdmx.row(header.toArray());
        }

        @Override
        public void accept(Observation o) {
            long[] parts = o.value() == null ? null : StatisticsGenerator.split(o.value(), EQUAL, rng);
            for (int q = 0; q < 4; q++) {
                String period = o.year() + "-Q" + (q + 1);
                Long value = parts == null ? null : parts[q];
                write(o, period, value);
                if (contexts != null && value != null) {
                    for (Observation c : contexts.of(new Observation(o.area(), o.year(), o.indicator(), o.event(),
                            o.itemClass(), o.weaponType(), o.context(), o.unit(), value, o.obsStatus(), o.confStatus(),
                            o.comment()))) {
                        write(c, period, c.value());
                    }
                }
            }
        }

        private void write(Observation o, String period, Long value) {
            template.row(o.area(), period, o.indicator(), o.event(), o.itemClass(), o.weaponType(), o.context(),
                    o.unit(), value, o.obsStatus(), o.confStatus(), StatisticsWriter.SOURCE_AGENCY, sourceRef,
                    "true", o.comment());
            sdmx.row("dataflow", Codes.DATAFLOW, "I", o.area(), o.indicator(), o.event(), o.itemClass(),
                    o.weaponType(), o.context(), o.unit(), period, value, o.obsStatus(), o.confStatus(),
                    StatisticsWriter.SOURCE_AGENCY, sourceRef, "true", o.comment());
            rows++;
        }

        @Override
        public void close() throws IOException {
            try (templateOut; sdmxOut) {
                // both are closed, the second even if closing the first fails
            }
        }
    }

    /** Counts the records written, so the number of events need not be tracked elsewhere. */
    private static final class CountingCsv extends Csv {
        long rows;

        CountingCsv(Writer out) {
            super(out);
        }

        @Override
        void row(Object... fields) {
            rows++;
            super.row(fields);
        }
    }
}
