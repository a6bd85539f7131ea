package org.salwmonitor.batch.report;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.salwmonitor.core.disclosure.SuppressionPolicy;
import org.salwmonitor.reports.ComplianceReportModel;
import org.salwmonitor.reports.ReportPack;
import org.salwmonitor.reports.ReportRenderer;
import org.salwmonitor.reports.TrendReportModel;

/**
 * Builds the report models of the {@code reports} module from {@link ReportInputs} and writes report packs.
 * The models run the analytics and disclosure control; every report built here is {@code PUBLIC}.
 */
public final class ReportModels {

    private ReportModels() {
    }

    /**
     * Builds the trend report model.
     *
     * @param inputs       the inputs, not null
     * @param generatedAt  when the report is generated, not null
     * @param policy       the disclosure policy, not null
     * @return the model, not null
     */
    public static TrendReportModel trend(ReportInputs inputs, ZonedDateTime generatedAt, SuppressionPolicy policy) {
        return TrendReportModel.builder(inputs.metadata(generatedAt)).policy(policy).build(inputs.aggregates());
    }

    /**
     * Builds the compliance report model. Members and instruments without a recorded act take the shipped
     * reference data; submissions without a date of receipt are not in the inputs.
     *
     * @param inputs       the inputs, not null
     * @param generatedAt  when the report is generated, not null
     * @param policy       the disclosure policy, not null
     * @return the model, not null
     */
    public static ComplianceReportModel compliance(ReportInputs inputs, ZonedDateTime generatedAt,
            SuppressionPolicy policy) {
        return ComplianceReportModel.builder(inputs.metadata(generatedAt))
                .aggregates(inputs.aggregates())
                .participations(inputs.participations())
                .submissions(inputs.submissions())
                .policy(policy)
                .build();
    }

    /**
     * Writes the public report pack: for each language the chosen reports as PDF, each with its CSV data file.
     *
     * @param inputs       the inputs, not null
     * @param trend        whether to write the trend report
     * @param compliance   whether to write the compliance report
     * @param locales      the languages, not null, at least one
     * @param outDir       the folder, created if absent
     * @param generatedAt  when the reports are generated, not null
     * @param policy       the disclosure policy, not null
     * @return the files written, not null
     */
    public static List<Path> writePack(ReportInputs inputs, boolean trend, boolean compliance,
            Collection<Locale> locales, Path outDir, ZonedDateTime generatedAt, SuppressionPolicy policy) {
        return writePack(ReportRenderer.create(), inputs, trend, compliance, locales, outDir, generatedAt, policy);
    }

    /**
     * Writes the public report pack with a given renderer (for example one warmed up in advance).
     *
     * @param renderer     the renderer, not null
     * @param inputs       the inputs, not null
     * @param trend        whether to write the trend report
     * @param compliance   whether to write the compliance report
     * @param locales      the languages, not null, at least one
     * @param outDir       the folder, created if absent
     * @param generatedAt  when the reports are generated, not null
     * @param policy       the disclosure policy, not null
     * @return the files written, not null
     */
    public static List<Path> writePack(ReportRenderer renderer, ReportInputs inputs, boolean trend, boolean compliance,
            Collection<Locale> locales, Path outDir, ZonedDateTime generatedAt, SuppressionPolicy policy) {
        return ReportPack.write(renderer, trend ? trend(inputs, generatedAt, policy) : null,
                compliance ? compliance(inputs, generatedAt, policy) : null, locales, outDir);
    }
}
