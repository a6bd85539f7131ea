package org.salwmonitor.batch.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import org.salwmonitor.batch.report.ReportData;
import org.salwmonitor.batch.report.ReportInputs;
import org.salwmonitor.batch.report.ReportModels;
import org.salwmonitor.batch.shared.ExitCodes;
import org.salwmonitor.core.disclosure.SuppressionPolicy;
import org.salwmonitor.core.geo.Region;
import org.salwmonitor.reports.ReportRenderer;

/** {@code salw report pack|trend|compliance}: public PDF reports, each with the CSV of its figures. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write public reports (PDF, with a CSV of every figure beside each PDF).",
        subcommands = {ReportCommand.Pack.class, ReportCommand.Trend.class, ReportCommand.Compliance.class,
            CaseDigestCommand.class})
public class ReportCommand implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ReportCommand.class);

    @Override
    public void run() {
        throw new ParameterException(new picocli.CommandLine(this),
                "say which report: salw report pack|trend|compliance|case-digest");
    }

    /** {@code salw report pack}: both reports in every language. */
    @Command(name = "pack", mixinStandardHelpOptions = true,
            description = {"Write the report pack of a regional meeting: the trend and the compliance report,",
                "each as PDF with its data CSV, in every language asked for."})
    public static class Pack extends Writing {
        public Pack() {
            super(true, true);
        }

        /**
         * Writes the pack with the default options (Central Asia, the years in the data, en and ru,
         * threshold 3) into a folder: what {@code salw demo} publishes.
         *
         * @return the exit code
         */
        public static int writeDefault(ReportData data, Path outDir, PrintStream stdout, PrintStream stderr) {
            return writeDefault(data, ReportRenderer::create, outDir, stdout, stderr);
        }

        /**
         * Writes the pack with the default options, as {@link #writeDefault(ReportData, Path, PrintStream,
         * PrintStream)} does, with a given renderer (for example a {@link WarmRenderer}).
         *
         * @return the exit code
         */
        public static int writeDefault(ReportData data, Supplier<ReportRenderer> renderer, Path outDir,
                PrintStream stdout, PrintStream stderr) {
            Pack pack = new Pack();
            new picocli.CommandLine(pack).parseArgs("--out", outDir.toString());
            return pack.write(data, renderer, stdout, stderr);
        }
    }

    /** {@code salw report trend}: the trend report. */
    @Command(name = "trend", mixinStandardHelpOptions = true,
            description = "Write the trend report (PDF and data CSV) in every language asked for.")
    public static class Trend extends Writing {
        public Trend() {
            super(true, false);
        }
    }

    /** {@code salw report compliance}: the compliance report. */
    @Command(name = "compliance", mixinStandardHelpOptions = true,
            description = "Write the compliance report (PDF and data CSV) in every language asked for.")
    public static class Compliance extends Writing {
        public Compliance() {
            super(false, true);
        }
    }

    /** A report command: the selection, the languages and the output folder. */
    public abstract static class Writing implements Callable<Integer> {

        private final boolean trend;
        private final boolean compliance;

        @Mixin
        Selection selection;

        @Option(names = "--lang", paramLabel = "LANG[,LANG]", defaultValue = "en,ru", split = ",",
                description = "Languages: en, ru (default: en,ru)")
        List<String> languages;

        @Option(names = "--out", paramLabel = "DIR", defaultValue = "salw-out",
                description = "Folder to write into (default: ./salw-out)")
        Path out;

        @Mixin
        DatabaseOptions database;

        Writing(boolean trend, boolean compliance) {
            this.trend = trend;
            this.compliance = compliance;
        }

        @Override
        public Integer call() {
            Optional<String> usage = selection.check().or(() -> locales(languages).isEmpty()
                    ? Optional.of("--lang must list en and/or ru, was " + String.join(",", languages))
                    : Optional.empty());
            if (usage.isPresent()) {
                System.err.println("salw: " + usage.get());
                return ExitCodes.USAGE;
            }
            // The renderer warms up (templates, fonts, chart and PDF classes, the JIT) while Spring and the
            // database start, so that the pack after start-up pays less of it.
            WarmRenderer renderer = new WarmRenderer();
            try (ConfigurableApplicationContext context = Contexts.start(database, renderer)) {
                return write(context.getBean(ReportData.class), renderer, System.out, System.err);
            }
        }

        /**
         * Loads the data and writes the reports; the options must have been checked (as {@link #call()} does).
         *
         * @param data    the loader, not null
         * @param stdout  where the files written are listed, not null
         * @param stderr  where "nothing to report" is said, not null
         * @return the exit code: 0, or 4 if there is nothing to report
         */
        public int write(ReportData data, PrintStream stdout, PrintStream stderr) {
            return write(data, ReportRenderer::create, stdout, stderr);
        }

        /**
         * Loads the data and writes the reports with a renderer, as {@link #write(ReportData, PrintStream,
         * PrintStream)} does, and logs how long each part took.
         *
         * @param data      the loader, not null
         * @param renderer  gives the renderer when the reports are rendered, not null
         * @param stdout    where the files written are listed, not null
         * @param stderr    where "nothing to report" is said, not null
         * @return the exit code: 0, or 4 if there is nothing to report
         */
        public int write(ReportData data, Supplier<ReportRenderer> renderer, PrintStream stdout, PrintStream stderr) {
            long start = System.nanoTime();
            long startCpu = processCpuNanos();
            Optional<ReportInputs> inputs = selection.load(data, stderr);
            if (inputs.isEmpty()) {
                return ExitCodes.REFUSED;
            }
            long loaded = System.nanoTime();
            ReportRenderer ready = renderer.get();
            long warm = System.nanoTime();
            List<Path> files = ReportModels.writePack(ready, inputs.get(), trend, compliance, locales(languages), out,
                    ZonedDateTime.now(ZoneId.systemDefault()), selection.policy());
            long done = System.nanoTime();
            log.info("report files written in {} ms ({} ms of CPU) after start-up: data aggregated in {} ms, waited {}"
                    + " ms for the renderer, models and {} files in {} ms", millis(done - start),
                    millis(processCpuNanos() - startCpu), millis(loaded - start), millis(warm - loaded), files.size(),
                    millis(done - warm));
            print(inputs.get(), files, stdout);
            return ExitCodes.SUCCESS;
        }
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    /** The CPU time of the whole process (every thread, the JIT and the collector included), for the timing log. */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    /**
     * A renderer that warms up ({@link ReportRenderer#createWarm()}) on a background daemon thread while the
     * application starts. The thread starts when Spring has set up logging (JasperReports logs while it loads
     * its extensions, and a log call while Spring resets the logging system prints a stray warning), or at the
     * latest when the renderer is asked for.
     */
    public static final class WarmRenderer implements ApplicationListener<ApplicationEnvironmentPreparedEvent>,
            Supplier<ReportRenderer> {

        private final CompletableFuture<ReportRenderer> renderer = new CompletableFuture<>();
        private final AtomicBoolean started = new AtomicBoolean();

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            start();
        }

        /** Starts the warm-up unless it has started. */
        public void start() {
            if (!started.compareAndSet(false, true)) {
                return;
            }
            Thread thread = new Thread(() -> {
                try {
                    renderer.complete(ReportRenderer.createWarm());
                } catch (RuntimeException | Error e) {
                    renderer.completeExceptionally(e);
                }
            }, "salw-report-warm-up");
            thread.setDaemon(true);
            thread.start();
        }

        /** Returns the renderer, waiting for the warm-up to end. */
        @Override
        public ReportRenderer get() {
            start();
            return renderer.join();
        }
    }

    /** Prints what was written and what was left out. */
    static void print(ReportInputs inputs, List<Path> files, PrintStream out) {
        out.println("Reports on " + inputs.region().nameEn() + ", " + inputs.fromYear() + "–" + inputs.toYear() + " ("
                + inputs.observationCount() + " observations" + (inputs.synthetic() ? ", SYNTHETIC sample data" : "")
                + "; data as of " + inputs.dataAsOf() + "):");
        for (Path file : files) {
            out.println("  " + file);
        }
        if (inputs.submissionsWithoutDate() > 0) {
            out.println("  note: " + inputs.submissionsWithoutDate() + " report submission(s) without a date of"
                    + " receipt are not assessed for timeliness");
        }
    }

    /** The languages asked for, or empty if any is not en or ru. */
    static List<Locale> locales(List<String> languages) {
        List<Locale> locales = new ArrayList<>();
        for (String language : languages) {
            String code = language.strip().toLowerCase(Locale.ROOT);
            if (!code.equals("en") && !code.equals("ru")) {
                return List.of();
            }
            Locale locale = Locale.forLanguageTag(code);
            if (!locales.contains(locale)) {
                locales.add(locale);
            }
        }
        return locales;
    }

    /** Which region and years, and the disclosure threshold: shared by {@code report} and {@code export}. */
    public static class Selection {

        @Option(names = "--region", paramLabel = "REGION", defaultValue = "central-asia",
                description = "Region code, e.g. central-asia or CENTRAL_ASIA (default: central-asia)")
        String region;

        @Option(names = "--from", paramLabel = "YEAR",
                description = "First year (default: the first year in the data)")
        Integer from;

        @Option(names = "--to", paramLabel = "YEAR", description = "Last year (default: the last year in the data)")
        Integer to;

        @Option(names = "--threshold", paramLabel = "N", defaultValue = "3",
                description = "Disclosure control: counts from 1 to N-1 are suppressed (default: 3)")
        int threshold;

        /** The region named, accepting {@code central-asia} as well as {@code CENTRAL_ASIA}. */
        Optional<Region> region() {
            try {
                return Optional.of(Region.of(region.strip().replace('-', '_')));
            } catch (IllegalArgumentException unknown) {
                return Optional.empty();
            }
        }

        /** A usage error, if any. */
        Optional<String> check() {
            if (region().isEmpty()) {
                return Optional.of("--region must be one of " + Region.all().stream()
                        .map(r -> r.code().toLowerCase(Locale.ROOT).replace('_', '-')).toList() + ", was '" + region
                        + "'");
            }
            for (Integer year : new Integer[] {from, to}) {
                if (year != null && (year < 1900 || year > 2100)) {
                    return Optional.of("--from and --to must be years between 1900 and 2100, was " + year);
                }
            }
            if (from != null && to != null && from > to) {
                return Optional.of("--from must not be after --to, was " + from + " > " + to);
            }
            if (threshold < 1) {
                return Optional.of("--threshold must be 1 or more, was " + threshold);
            }
            return Optional.empty();
        }

        SuppressionPolicy policy() {
            return SuppressionPolicy.defaults().withThreshold(threshold);
        }

        /** Resolves the default years from the data and loads the inputs, or says why there is nothing to report. */
        Optional<ReportInputs> load(ReportData data, PrintStream stderr) {
            Region chosen = region().orElseThrow();
            Optional<ReportData.YearSpan> span = data.years(chosen);
            if (span.isEmpty()) {
                stderr.println("salw: nothing to report: the database holds no annual observation of "
                        + chosen.nameEn() + " (import statistics first: salw import statistics FILE, or salw demo)");
                return Optional.empty();
            }
            int first = from != null ? from : to != null ? Math.min(to, span.get().from()) : span.get().from();
            int last = to != null ? to : Math.max(first, span.get().to());
            Optional<ReportInputs> inputs = data.load(chosen, first, last);
            if (inputs.isEmpty()) {
                stderr.println("salw: nothing to report: no annual observation of " + chosen.nameEn() + " between "
                        + first + " and " + last + " (the data cover " + span.get().from() + "–" + span.get().to()
                        + ")");
            }
            return inputs;
        }
    }
}
