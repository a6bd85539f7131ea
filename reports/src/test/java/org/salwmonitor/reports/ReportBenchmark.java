package org.salwmonitor.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.salwmonitor.core.casefile.EventType;
import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.geo.Region;
import org.salwmonitor.core.law.ReportSubmission;
import org.salwmonitor.core.law.ReportVisibility;
import org.salwmonitor.core.law.ReportingObligation;
import org.salwmonitor.core.statistics.Dimensions;
import org.salwmonitor.core.statistics.Indicator;
import org.salwmonitor.core.statistics.Observation;
import org.salwmonitor.core.statistics.SeriesKey;
import org.salwmonitor.core.statistics.Source;
import org.salwmonitor.core.weapon.ItemClass;
import org.salwmonitor.core.weapon.WeaponType;

/**
 * Times the full report pack (trend and compliance reports, English and Russian, PDF and CSV, the four PDFs
 * rendered in parallel): the aggregates and both models are built inside the timed run.
 *
 * <ul>
 *   <li>{@code cold}: the first pack after JVM start for the sample region, renderer creation included, in a
 *       JVM that has done nothing else (the script starts one per round);</li>
 *   <li>no argument: in one JVM, a warmed-up renderer, the sample region and synthetic regions of 10, 25 and 50
 *       countries over 30 years; each case one first run, then the median of three. Prints a Markdown table.
 *       Arguments {@code sample} and numbers of countries choose the cases, e.g. {@code sample 50}.</li>
 * </ul>
 * Run: bench/report-benchmark.sh (see docs/benchmarks.md).
 */
public final class ReportBenchmark {

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Files.createTempDirectory("salw-bench");
        if (args.length > 0 && args[0].equals("cold")) {
            cold(out);
            return;
        }
        long startUp = System.nanoTime();
        ReportRenderer renderer = ReportRenderer.createWarm();
        System.out.printf("renderer start-up (load compiled templates, warm-up render): %d ms%n", (System.nanoTime() - startUp) / 1_000_000);
        System.out.println("| dataset | observations | pages (4 PDFs) | first run s | median s | ms per page |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        List<String> cases = args.length == 0 ? List.of("sample", "10", "25", "50") : List.of(args);
        if (cases.contains("sample")) {
            run(renderer, "sample region (5 countries x 11 years)", SampleInputs.metadata(),
                    SampleInputs.observations(), SampleInputs.submissions(), out);
        }
        for (int countries : cases.stream().filter(c -> !c.equals("sample")).mapToInt(Integer::parseInt).toArray()) {
            Region region = new Region("BENCH_" + countries, countries + " countries", countries + " стран",
                    Country.all().subList(0, countries));
            ReportMetadata metadata = new ReportMetadata(region, 1995, 2024, Classification.PUBLIC,
                    SampleInputs.GENERATED, SampleInputs.AS_OF, true, SampleInputs.metadata().sources());
            run(renderer, "synthetic " + countries + " countries x 30 years", metadata, observations(region, 1995, 2024),
                    submissions(region, 1995, 2024), out);
        }
    }

    /** One pack for the sample region in a fresh JVM: wall and CPU time from the renderer's creation to the files. */
    private static void cold(Path out) {
        List<Observation> observations = SampleInputs.observations();
        List<ReportSubmission> submissions = SampleInputs.submissions();
        ReportMetadata metadata = SampleInputs.metadata();
        long uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        long cpu = cpuNanos();
        long start = System.nanoTime();
        List<Path> files = pack(ReportRenderer.create(), metadata, observations, submissions, out);
        long wall = System.nanoTime() - start;
        System.out.printf(Locale.ROOT, "cold pack: %d ms wall, %d ms CPU (JVM up %d ms before; %d pages)%n",
                wall / 1_000_000, (cpuNanos() - cpu) / 1_000_000, uptime, pages(files));
    }

    /** The CPU time of the whole process: every thread, the JIT compilers and the collector included. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static List<Path> pack(ReportRenderer renderer, ReportMetadata metadata, List<Observation> observations,
            List<ReportSubmission> submissions, Path out) {
        StatisticsAggregates aggregates = StatisticsAggregates.fromObservations(StatisticsAggregates.Scope.of(metadata),
                observations);
        TrendReportModel trend = TrendReportModel.builder(metadata).build(aggregates);
        ComplianceReportModel compliance = ComplianceReportModel.builder(metadata).aggregates(aggregates)
                .submissions(submissions).build();
        return ReportPack.write(renderer, trend, compliance, List.of(Locale.ENGLISH, Locale.forLanguageTag("ru")), out);
    }

    private static void run(ReportRenderer renderer, String name, ReportMetadata metadata, List<Observation> observations,
            List<ReportSubmission> submissions, Path out) {
        double first = 0;
        double[] times = new double[3];
        int pages = 0;
        for (int i = -1; i < times.length; i++) {
            long start = System.nanoTime();
            List<Path> files = pack(renderer, metadata, observations, submissions, out);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (i < 0) {
                first = seconds;
                pages = pages(files);
            } else {
                times[i] = seconds;
            }
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "| %s | %,d | %d | %.2f | %.2f | %.0f |%n", name, observations.size(), pages, first,
                times[1], times[1] * 1000 / pages);
    }

    private static int pages(List<Path> files) {
        int pages = 0;
        for (Path file : files) {
            if (file.toString().endsWith(".pdf")) {
                try (PDDocument document = Loader.loadPDF(file.toFile())) {
                    pages += document.getNumberOfPages();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return pages;
    }

    /** Counts for the three events by weapon type (with their totals) and the other indicators; 5% gaps. */
    static List<Observation> observations(Region region, int from, int to) {
        Random random = new Random(42);
        Source source = Source.synthetic("SYNTHETIC", "benchmark generator, seed 42");
        List<WeaponType> types = List.of(WeaponType.PISTOL_OR_REVOLVER, WeaponType.RIFLE_OR_CARBINE, WeaponType.SHOTGUN,
                WeaponType.ASSAULT_RIFLE, WeaponType.GRENADE_LAUNCHER, WeaponType.OTHER);
        List<Observation> observations = new ArrayList<>();
        Dimensions firearms = Dimensions.total().withItemClass(ItemClass.FIREARM);
        for (Country country : region.members()) {
            double level = 50 + random.nextInt(2000);
            double trend = random.nextGaussian() * 0.04;
            for (int year = from; year <= to; year++) {
                if (random.nextDouble() < 0.05) {
                    continue; // a gap
                }
                double size = level * Math.exp(trend * (year - from)) * (0.85 + 0.3 * random.nextDouble());
                long seizedTotal = 0;
                for (EventType event : EventType.values()) {
                    double share = event == EventType.SEIZED ? 0.7 : 0.15;
                    long eventTotal = 0;
                    for (WeaponType type : types) {
                        long count = type == WeaponType.GRENADE_LAUNCHER ? random.nextInt(4)
                                : Math.round(size * share / types.size() * (0.5 + random.nextDouble()));
                        eventTotal += count;
                        observations.add(Observation.count(SeriesKey.of(country, Indicator.ITEMS,
                                firearms.withEvent(event).withWeaponType(type)), year, count, source));
                    }
                    seizedTotal += eventTotal;
                    observations.add(Observation.count(SeriesKey.of(country, Indicator.ITEMS, firearms.withEvent(event)),
                            year, eventTotal, source));
                }
                observations.add(Observation.count(SeriesKey.of(country, Indicator.ORIGIN_ESTABLISHED, Dimensions.total()),
                        year, Math.round(seizedTotal * random.nextDouble() * 0.5), source));
                for (Indicator indicator : List.of(Indicator.TRAFFICKING_CASES, Indicator.PERSONS_PROSECUTED,
                        Indicator.PERSONS_CONVICTED)) {
                    observations.add(Observation.count(SeriesKey.of(country, indicator, Dimensions.total()), year,
                            Math.round(size / 10 * random.nextDouble()), source));
                }
            }
        }
        return observations;
    }

    /** One submission per annual or biennial cycle for four states in five, some of them late. */
    static List<ReportSubmission> submissions(Region region, int from, int to) {
        Random random = new Random(7);
        List<ReportSubmission> submissions = new ArrayList<>();
        for (Country country : region.members()) {
            for (ReportingObligation obligation : ReportingObligation.all()) {
                for (var cycle : obligation.scheduledCycles(from, to)) {
                    if (random.nextDouble() < 0.8) {
                        LocalDate received = cycle.dueDate().plusDays(random.nextInt(120) - 60);
                        submissions.add(new ReportSubmission(country, obligation, cycle.year(), received,
                                ReportVisibility.PUBLIC, "benchmark generator"));
                    }
                }
            }
        }
        return submissions;
    }
}
