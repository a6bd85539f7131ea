package org.salwmonitor.reports;

import java.util.Objects;

import org.salwmonitor.core.disclosure.SuppressionPolicy;
import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.trend.AnnualSeries;
import org.salwmonitor.core.trend.TrendAnalyzer;
import org.salwmonitor.core.trend.TrendResult;

/**
 * A one-page brief on one annual series of one country: the plain-language trend sentence, a chart, the
 * trend block (least squares, Mann–Kendall, Theil–Sen, change, growth rate, verdict) and the values by
 * year. It is the smallest report a system embedding the library can produce, for example to attach to
 * a case file or a briefing note; render it with {@link ReportRenderer#renderBrief}.
 *
 * <p>The values table goes through disclosure control like every published table: a count below the
 * policy's threshold prints {@code c}. The trend block is computed from the unsuppressed series, as in the
 * trend report; the methods annex of the trend report explains the statistics.
 *
 * @param metadata   the report's metadata (its years bound the values table and the chart), not null
 * @param country    the country the series belongs to, not null
 * @param indicator  what the series counts, not null
 * @param trend      the analysis of the series, not null
 * @param policy     the disclosure policy of the values table, not null
 */
public record SeriesBrief(ReportMetadata metadata, Country country, KeyIndicator indicator, TrendResult trend,
        SuppressionPolicy policy) {

    /** Checks that no field is null. */
    public SeriesBrief {
        Objects.requireNonNull(metadata, "metadata must not be null");
        Objects.requireNonNull(country, "country must not be null");
        Objects.requireNonNull(indicator, "indicator must not be null");
        Objects.requireNonNull(trend, "trend must not be null");
        Objects.requireNonNull(policy, "policy must not be null");
    }

    /**
     * Analyses a series with the default trend analyzer and disclosure policy (threshold 3).
     *
     * @param metadata   the report's metadata, not null
     * @param country    the country, not null
     * @param indicator  what the series counts, not null
     * @param series     the yearly counts, not null
     * @return the brief, not null
     */
    public static SeriesBrief of(ReportMetadata metadata, Country country, KeyIndicator indicator,
            AnnualSeries series) {
        Objects.requireNonNull(series, "series must not be null");
        return new SeriesBrief(metadata, country, indicator, TrendAnalyzer.defaults().analyze(series),
                SuppressionPolicy.defaults());
    }
}
