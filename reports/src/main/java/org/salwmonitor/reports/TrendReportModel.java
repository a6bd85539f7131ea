package org.salwmonitor.reports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

import org.salwmonitor.core.disclosure.SuppressionPolicy;
import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.sdg.Sdg1642;
import org.salwmonitor.core.sdg.Sdg1642Rate;
import org.salwmonitor.core.sdg.Sdg1642RegionalRate;
import org.salwmonitor.core.statistics.Observation;
import org.salwmonitor.core.trend.AnnualSeries;
import org.salwmonitor.core.trend.TrendAnalyzer;
import org.salwmonitor.core.trend.TrendResult;
import org.salwmonitor.core.trend.Verdict;
import org.salwmonitor.core.trend.YearValue;

/**
 * Everything the trend report shows: for each key indicator the trend of every country of the region and
 * the published values by country and year; for each country its weapon types by year and its SDG 16.4.2
 * rates; the pooled regional SDG 16.4.2 rates; and the findings of the executive summary in order of
 * importance.
 *
 * <p>Build it with {@link #builder(ReportMetadata)} from {@link StatisticsAggregates} (as a database computes
 * them), or from observations with {@link #build(ReportMetadata, Collection)}, which aggregates them in memory
 * first ({@link StatisticsAggregates#fromObservations}, {@link Sdg1642}). The builder runs the analytics
 * ({@link TrendAnalyzer}) and disclosure control, so callers supply data only. Only annual observations of the
 * region's members within the report's years are used.
 *
 * @param metadata    the report metadata, not null
 * @param policy      the disclosure policy applied to every published count table, not null
 * @param indicators  one section per key indicator, not null
 * @param countries   one profile per member of the region, not null
 * @param regionalSdg the pooled SDG 16.4.2 rate of the region per year, not null
 * @param findings    the trends of the executive summary, most important first, not null
 */
public record TrendReportModel(ReportMetadata metadata, SuppressionPolicy policy, List<IndicatorSection> indicators,
        List<CountryProfile> countries, List<Sdg1642RegionalRate> regionalSdg, List<Finding> findings) {

    /** Copies the lists. */
    public TrendReportModel {
        Objects.requireNonNull(metadata, "metadata must not be null");
        Objects.requireNonNull(policy, "policy must not be null");
        indicators = List.copyOf(indicators);
        countries = List.copyOf(countries);
        regionalSdg = List.copyOf(regionalSdg);
        findings = List.copyOf(findings);
    }

    /**
     * The analysis of one key indicator.
     *
     * @param indicator  the key indicator, not null
     * @param trends     the trend of each member with at least one value, by country, not null
     * @param values     the published values: rows are country codes, columns are years, not null
     */
    public record IndicatorSection(KeyIndicator indicator, SortedMap<Country, TrendResult> trends,
            PublishedTable values) {
        /** Copies the trends. */
        public IndicatorSection {
            Objects.requireNonNull(indicator, "indicator must not be null");
            trends = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(trends));
            Objects.requireNonNull(values, "values must not be null");
        }
    }

    /**
     * One member's detail.
     *
     * @param country      the country, not null
     * @param weaponTypes  firearms seized, found and surrendered by year (rows) and weapon type (columns, enum
     *                     names), or empty if the country reports no weapon types
     * @param sdgCounts    by year (rows): arms whose illicit origin was established and arms whose origin was not
     *                     (columns {@code ESTABLISHED}, {@code NOT_ESTABLISHED}); the row total is the denominator
     * @param sdgRates     the SDG 16.4.2 rate per year of the report, not null
     */
    public record CountryProfile(Country country, Optional<PublishedTable> weaponTypes, PublishedTable sdgCounts,
            List<Sdg1642Rate> sdgRates) {
        /** Copies the rates. */
        public CountryProfile {
            Objects.requireNonNull(country, "country must not be null");
            Objects.requireNonNull(weaponTypes, "weaponTypes must not be null");
            Objects.requireNonNull(sdgCounts, "sdgCounts must not be null");
            sdgRates = List.copyOf(sdgRates);
        }
    }

    /**
     * A trend worth reporting in the executive summary.
     *
     * @param indicator  the key indicator, not null
     * @param country    the country, not null
     * @param result     the trend, not null
     */
    public record Finding(KeyIndicator indicator, Country country, TrendResult result) {
        /** Validates the fields. */
        public Finding {
            Objects.requireNonNull(indicator, "indicator must not be null");
            Objects.requireNonNull(country, "country must not be null");
            Objects.requireNonNull(result, "result must not be null");
        }

        /** Tells whether the verdict is a significant increase or decrease. */
        public boolean significant() {
            return result.verdict() == Verdict.INCREASING || result.verdict() == Verdict.DECREASING;
        }

        /** Returns the size of the move: the absolute percentage change from first to last year, if defined. */
        public OptionalDouble move() {
            OptionalDouble percent = result.changes().percentChange();
            return percent.isPresent() ? OptionalDouble.of(Math.abs(percent.getAsDouble())) : OptionalDouble.empty();
        }
    }

    /**
     * Builds the model with the default key indicators, trend analyzer and disclosure policy.
     *
     * @param metadata      the report metadata, not null
     * @param observations  the observations, not null; a country and period must not repeat within a series
     * @return the model, not null
     */
    public static TrendReportModel build(ReportMetadata metadata, Collection<Observation> observations) {
        return builder(metadata).build(observations);
    }

    /**
     * Returns a builder with the default key indicators, {@link TrendAnalyzer#defaults()} and
     * {@link SuppressionPolicy#defaults()} (threshold 3).
     *
     * @param metadata  the report metadata, not null
     * @return the builder, not null
     */
    public static Builder builder(ReportMetadata metadata) {
        return new Builder(metadata);
    }

    /** Builds a {@link TrendReportModel}; set options, then call {@link #build(Collection)}. */
    public static final class Builder {
        private final ReportMetadata metadata;
        private List<KeyIndicator> indicators = KeyIndicator.defaults();
        private TrendAnalyzer analyzer = TrendAnalyzer.defaults();
        private SuppressionPolicy policy = SuppressionPolicy.defaults();

        private Builder(ReportMetadata metadata) {
            this.metadata = Objects.requireNonNull(metadata, "metadata must not be null");
        }

        /**
         * Sets the key indicators.
         *
         * @param keyIndicators  the indicators, not null, at least one
         * @return this builder
         */
        public Builder indicators(List<KeyIndicator> keyIndicators) {
            this.indicators = List.copyOf(keyIndicators);
            if (indicators.isEmpty()) {
                throw new IllegalArgumentException("indicators must not be empty");
            }
            return this;
        }

        /**
         * Sets the trend analyzer.
         *
         * @param trendAnalyzer  the analyzer, not null
         * @return this builder
         */
        public Builder analyzer(TrendAnalyzer trendAnalyzer) {
            this.analyzer = Objects.requireNonNull(trendAnalyzer, "analyzer must not be null");
            return this;
        }

        /**
         * Sets the disclosure policy (the threshold is configurable; default 3).
         *
         * @param suppressionPolicy  the policy, not null
         * @return this builder
         */
        public Builder policy(SuppressionPolicy suppressionPolicy) {
            this.policy = Objects.requireNonNull(suppressionPolicy, "policy must not be null");
            return this;
        }

        /**
         * Aggregates the observations in memory ({@link StatisticsAggregates#fromObservations}), then runs the
         * analytics and disclosure control.
         *
         * @param observations  the observations, not null
         * @return the model, not null
         * @throws IllegalArgumentException if two observations share a series and period
         */
        public TrendReportModel build(Collection<Observation> observations) {
            StatisticsAggregates.Scope defaults = StatisticsAggregates.Scope.of(metadata);
            return build(StatisticsAggregates.fromObservations(new StatisticsAggregates.Scope(defaults.region(),
                    defaults.fromYear(), defaults.toYear(), indicators, defaults.expected(), defaults.rules()),
                    observations));
        }

        /**
         * Runs the analytics and disclosure control on aggregates computed by the caller (for example by a
         * database).
         *
         * @param aggregates  the aggregates, not null; of the report's region and years, holding every key indicator
         * @return the model, not null
         * @throws IllegalArgumentException if the aggregates are of another region or years, lack a key
         *                                  indicator, or a total disagrees with its cells
         */
        public TrendReportModel build(StatisticsAggregates aggregates) {
            if (!aggregates.scope().covers(metadata)) {
                throw new IllegalArgumentException("aggregates must be of " + metadata.region().code() + " "
                        + metadata.fromYear() + "-" + metadata.toYear() + ", were of " + aggregates.scope().region().code()
                        + " " + aggregates.scope().fromYear() + "-" + aggregates.scope().toYear());
            }
            ReportMetadata meta = metadata.withSyntheticIf(aggregates.synthetic());
            List<Country> members = meta.region().members();
            List<Integer> years = meta.years();

            List<IndicatorSection> sections = new ArrayList<>();
            List<Finding> findings = new ArrayList<>();
            for (KeyIndicator indicator : indicators) {
                CountGrid grid = aggregates.values(indicator);
                SortedMap<Country, TrendResult> trends = new TreeMap<>();
                for (int i = 0; i < members.size(); i++) {
                    List<YearValue> points = new ArrayList<>();
                    for (int j = 0; j < years.size(); j++) {
                        Long count = grid.count(i, j);
                        if (count != null) {
                            points.add(YearValue.of(years.get(j), count));
                        }
                    }
                    if (!points.isEmpty()) {
                        TrendResult result = analyzer.analyze(AnnualSeries.of(points));
                        trends.put(members.get(i), result);
                        findings.add(new Finding(indicator, members.get(i), result));
                    }
                }
                sections.add(new IndicatorSection(indicator, trends, PublishedTable.protect(grid, policy)));
            }

            List<CountryProfile> profiles = new ArrayList<>();
            for (Country country : members) {
                CountGrid weaponTypes = aggregates.weaponTypes().get(country);
                profiles.add(new CountryProfile(country,
                        Optional.ofNullable(weaponTypes).map(grid -> PublishedTable.protect(grid, policy)),
                        PublishedTable.protect(aggregates.sdgCounts().get(country), policy),
                        aggregates.sdgRates(country)));
            }
            findings.sort(IMPORTANCE);
            return new TrendReportModel(meta, policy, sections, profiles, aggregates.regionalSdg(), findings);
        }
    }

    /** Significant trends first, then the biggest relative moves, then by indicator and country for stability. */
    static final Comparator<Finding> IMPORTANCE = Comparator
            .comparing((Finding finding) -> !finding.significant())
            .thenComparing(finding -> -finding.move().orElse(-1))
            .thenComparing(finding -> finding.indicator().code())
            .thenComparing(Finding::country);

    /** Returns the indicator codes in this model (for tests and callers), in report order. */
    public List<String> indicatorCodes() {
        return indicators.stream().map(section -> section.indicator().code()).toList();
    }
}
