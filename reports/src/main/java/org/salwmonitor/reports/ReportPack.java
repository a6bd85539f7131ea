package org.salwmonitor.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

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
     * Writes the pack with a given renderer.
     *
     * @param renderer    the renderer, not null
     * @param trend       the trend report model, or null to skip it
     * @param compliance  the compliance report model, or null to skip it
     * @param locales     the languages, not null, at least one
     * @param outDir      the folder to write into; created if absent
     * @return the files written, not null
     * @throws UncheckedIOException if the folder or a file cannot be written
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
        List<Path> written = new ArrayList<>();
        for (Locale locale : locales) {
            String language = locale.getLanguage();
            if (trend != null) {
                Path pdf = outDir.resolve("trend-report-" + language + ".pdf");
                Path csv = outDir.resolve("trend-report-" + language + ".csv");
                renderer.renderTrend(trend, locale, pdf, csv);
                written.add(pdf);
                written.add(csv);
            }
            if (compliance != null) {
                Path pdf = outDir.resolve("compliance-report-" + language + ".pdf");
                Path csv = outDir.resolve("compliance-report-" + language + ".csv");
                renderer.renderCompliance(compliance, locale, pdf, csv);
                written.add(pdf);
                written.add(csv);
            }
        }
        return List.copyOf(written);
    }
}
