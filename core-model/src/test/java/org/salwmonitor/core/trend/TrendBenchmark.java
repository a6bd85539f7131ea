package org.salwmonitor.core.trend;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToDoubleFunction;

import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Plain benchmark (not a test): times the trend analysis of 100,000 random annual series of 30 points
 * against baselines measured in the same run. Run it with {@code bench/trend-benchmark.sh}.
 *
 * <p>Each workload is run over all series a few times to warm up the JIT, then timed in several
 * round-robin rounds; the median round is reported, also as a multiple of the baseline. The series are built before timing, as a caller would have
 * them already.
 */
public final class TrendBenchmark {

    private static final int SERIES = 100_000;
    private static final int POINTS = 30;
    private static final int WARM_UP_PASSES = 3;
    private static final int MEASURED_PASSES = 5;

    private TrendBenchmark() {
    }

    /**
     * Runs the benchmark and prints one line per workload.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        List<AnnualSeries> series = randomSeries(new Random(20240601L));
        long exact = series.stream().filter(s -> MannKendallTest.of(s).method() == PValueMethod.EXACT).count();
        System.out.printf("%,d series of %d points (years 1995-2024, integer counts); %d%% without ties (exact"
                + " Mann-Kendall p)%n", SERIES, POINTS, Math.round(100.0 * exact / SERIES));
        System.out.printf("java %s, %s, %d available processors%n", System.getProperty("java.version"),
                System.getProperty("java.vm.name"), Runtime.getRuntime().availableProcessors());
        TrendAnalyzer analyzer = TrendAnalyzer.defaults();
        Map<String, ToDoubleFunction<AnnualSeries>> workloads = new LinkedHashMap<>();
        workloads.put("full analysis: TrendAnalyzer.analyze (OLS+MK+Sen+changes)",
                s -> analyzer.analyze(s).mannKendall().orElseThrow().pValue());
        workloads.put("baseline: commons-math SimpleRegression (slope, SE, R2, p)", TrendBenchmark::simpleRegression);
        workloads.put("part: LeastSquaresTrend.of", s -> LeastSquaresTrend.of(s).slope());
        workloads.put("part: MannKendallTest.of", s -> MannKendallTest.of(s).pValue());
        workloads.put("part: TheilSenSlope.of", s -> TheilSenSlope.of(s).slope());

        double sink = 0;
        for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
            for (ToDoubleFunction<AnnualSeries> work : workloads.values()) {
                sink += pass(series, work);
            }
        }
        // Round robin: each measured round times every workload once, so that a change in the load of
        // the shared machine affects all workloads alike and their ratios stay meaningful.
        // Wall-clock time includes the time this process waits while other processes use the cores;
        // its CPU time does not (it does include JIT and GC threads), and is the steadier figure on a
        // shared machine.
        Map<String, long[]> wallNanos = new LinkedHashMap<>();
        Map<String, long[]> cpuNanos = new LinkedHashMap<>();
        workloads.keySet().forEach(name -> wallNanos.put(name, new long[MEASURED_PASSES]));
        workloads.keySet().forEach(name -> cpuNanos.put(name, new long[MEASURED_PASSES]));
        for (int pass = 0; pass < MEASURED_PASSES; pass++) {
            for (Map.Entry<String, ToDoubleFunction<AnnualSeries>> workload : workloads.entrySet()) {
                long wallStart = System.nanoTime();
                long cpuStart = processCpuNanos();
                sink += pass(series, workload.getValue());
                cpuNanos.get(workload.getKey())[pass] = processCpuNanos() - cpuStart;
                wallNanos.get(workload.getKey())[pass] = System.nanoTime() - wallStart;
            }
        }
        String baselineName = "baseline: commons-math SimpleRegression (slope, SE, R2, p)";
        double wallBaseline = median(wallNanos.get(baselineName));
        double cpuBaseline = median(cpuNanos.get(baselineName));
        System.out.printf("%-58s %17s %17s %11s %13s%n", "workload (median of " + MEASURED_PASSES + " rounds)",
                "wall ms/10k", "CPU ms/10k", "series/s", "x baseline");
        System.out.printf("%-58s %17s %17s %11s %13s%n", "", "", "", "(CPU)", "(wall / CPU)");
        for (String name : workloads.keySet()) {
            double wall = median(wallNanos.get(name));
            double cpu = median(cpuNanos.get(name));
            System.out.printf("%-58s %17.1f %17.1f %,11.0f %6.2f / %4.2f%n", name, wall / 1e6 * 10_000 / series.size(),
                    cpu / 1e6 * 10_000 / series.size(), series.size() / (cpu / 1e9), wall / wallBaseline,
                    cpu / cpuBaseline);
        }
        System.out.printf("(checksum %.6g)%n", sink);
    }

    private static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos)
                .orElseThrow(() -> new IllegalStateException("process CPU time is not available here"));
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double pass(List<AnnualSeries> series, ToDoubleFunction<AnnualSeries> work) {
        double sum = 0;
        for (AnnualSeries one : series) {
            sum += work.applyAsDouble(one);
        }
        return sum;
    }

    private static double simpleRegression(AnnualSeries series) {
        SimpleRegression regression = new SimpleRegression();
        for (YearValue point : series.points()) {
            regression.addData(point.year(), point.value());
        }
        return regression.getSlope() + regression.getSlopeStdErr() + regression.getRSquare()
                + regression.getSignificance();
    }

    /** Counts around a level of 50 to 500 with a random trend and noise, rounded to whole numbers. */
    private static List<AnnualSeries> randomSeries(Random random) {
        List<AnnualSeries> all = new ArrayList<>(SERIES);
        int[] years = new int[POINTS];
        for (int i = 0; i < POINTS; i++) {
            years[i] = 1995 + i;
        }
        for (int s = 0; s < SERIES; s++) {
            double level = 50 + 450 * random.nextDouble();
            double trend = (random.nextDouble() - 0.5) * 0.04 * level;
            double noise = 0.15 * level;
            double[] values = new double[POINTS];
            for (int i = 0; i < POINTS; i++) {
                values[i] = Math.max(0, Math.round(level + trend * i + noise * random.nextGaussian()));
            }
            all.add(AnnualSeries.of(years, values));
        }
        return all;
    }
}
