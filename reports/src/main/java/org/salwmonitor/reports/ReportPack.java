package org.salwmonitor.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The report pack of a meeting: both reports in every language, each PDF with its CSV data file beside
 * it, named {@code trend-report-en.pdf}, {@code trend-report-en.csv}, {@code compliance-report-ru.pdf} and so on.
 */
public final class ReportPack {

    private ReportPack() {
    }

    /**
     * Writes the pack with a new renderer.
     *
     * @param trend       the trend report model, or null to skip it
     * @param compliance  the compliance report model, or null to skip it
     * @param locales     the languages, not null, at least one
     * @param outDir      the folder to write into; created if absent
     * @return the files written, PDF then CSV for each report and language, not null
     * @throws UncheckedIOException if the folder or a file cannot be written
     */
    public static List<Path> write(TrendReportModel trend, ComplianceReportModel compliance,
            Collection<Locale> locales, Path outDir) {
        return write(ReportRenderer.create(), trend, compliance, locales, outDir);
    }

    /**
     * Writes the pack with a given renderer, rendering the PDFs in parallel on up to as many threads as the
     * machine has processors (the renderer is thread-safe; the trend reports, the longest, start first).
     *
     * @param renderer    the renderer, not null
     * @param trend       the trend report model, or null to skip it
     * @param compliance  the compliance report model, or null to skip it
     * @param locales     the languages, not null, at least one
     * @param outDir      the folder to write into; created if absent
     * @return the files written, PDF then CSV for each language and report, not null
     * @throws UncheckedIOException if the folder or a file cannot be written
     * @throws ReportException if a report cannot be rendered
     */
    public static List<Path> write(ReportRenderer renderer, TrendReportModel trend, ComplianceReportModel compliance,
            Collection<Locale> locales, Path outDir) {
        if (locales.isEmpty()) {
            throw new IllegalArgumentException("locales must not be empty");
        }
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + outDir, e);
        }
        List<Runnable> trendJobs = new ArrayList<>();
        List<Runnable> complianceJobs = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        for (Locale locale : locales) {
            String language = locale.getLanguage();
            if (trend != null) {
                Path pdf = outDir.resolve("trend-report-" + language + ".pdf");
                Path csv = outDir.resolve("trend-report-" + language + ".csv");
                trendJobs.add(() -> renderer.renderTrend(trend, locale, pdf, csv));
                written.add(pdf);
                written.add(csv);
            }
            if (compliance != null) {
                Path pdf = outDir.resolve("compliance-report-" + language + ".pdf");
                Path csv = outDir.resolve("compliance-report-" + language + ".csv");
                complianceJobs.add(() -> renderer.renderCompliance(compliance, locale, pdf, csv));
                written.add(pdf);
                written.add(csv);
            }
        }
        List<Runnable> jobs = new ArrayList<>(trendJobs);
        jobs.addAll(complianceJobs);
        runAll(jobs);
        return List.copyOf(written);
    }

    /** Runs the jobs on up to one thread per processor and waits; the first failure is rethrown. */
    private static void runAll(List<Runnable> jobs) {
        int threads = Math.min(jobs.size(), Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            jobs.forEach(Runnable::run);
            return;
        }
        ExecutorService executor = Executors.newFixedThreadPool(threads, job -> {
            Thread thread = new Thread(job, "salw-report");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            jobs.forEach(job -> futures.add(executor.submit(job)));
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    futures.forEach(other -> other.cancel(true));
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw new ReportException("cannot render the report pack", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    futures.forEach(other -> other.cancel(true));
                    throw new ReportException("interrupted while rendering the report pack", e);
                }
            }
        } finally {
            executor.shutdownNow();
        }
    }
}
