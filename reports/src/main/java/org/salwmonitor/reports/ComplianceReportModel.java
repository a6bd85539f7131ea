package org.salwmonitor.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.salwmonitor.core.casefile.EventType;
import org.salwmonitor.core.compliance.ComplianceReport;
import org.salwmonitor.core.disclosure.SuppressionPolicy;
import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.law.Instrument;
import org.salwmonitor.core.law.Participation;
import org.salwmonitor.core.law.ReportSubmission;
import org.salwmonitor.core.law.ReportingObligation;
import org.salwmonitor.core.quality.Completeness;
import org.salwmonitor.core.quality.ExpectedSeries;
import org.salwmonitor.core.quality.OutlierDetector;
import org.salwmonitor.core.quality.OutlierFinding;
import org.salwmonitor.core.quality.ValidationRuleSet;
import org.salwmonitor.core.quality.ValidationViolation;
import org.salwmonitor.core.sdg.Sdg1642;
import org.salwmonitor.core.sdg.Sdg1642Rate;
import org.salwmonitor.core.sdg.Sdg1642RegionalRate;
import org.salwmonitor.core.statistics.Dimensions;
import org.salwmonitor.core.statistics.Indicator;
import org.salwmonitor.core.statistics.Observation;
import org.salwmonitor.core.statistics.SeriesKey;
import org.salwmonitor.core.weapon.ItemClass;

/**
 * Everything the compliance report shows: which instruments each member has joined, how it met its
 * reporting obligations cycle by cycle with submission and on-time rates, SDG 16.4.2 by state and year
 * and pooled for the region, and the completeness and quality of the national statistics.
 *
 * <p>Build it with {@link #builder(ReportMetadata)}: the builder runs {@link ComplianceReport#assess} and the
 * modified z-score {@link OutlierDetector}, and applies disclosure control to the SDG counts. The statistics
 * come as {@link StatisticsAggregates} (as a database computes them) or as observations, which it aggregates
 * in memory ({@link Sdg1642}, {@link Completeness#assess}, the default {@link ValidationRuleSet}).
 *
 * @param metadata       the report metadata, not null
 * @param policy         the disclosure policy, not null
 * @param participations the participation of each member in each instrument, members then instruments, not null
 * @param compliance     the reporting cycles, classified, not null
 * @param obligations    the reporting obligations assessed, not null
 * @param sdgCounts      per member, SDG 16.4.2 counts by year after disclosure control (see
 *                       {@link TrendReportModel.CountryProfile#sdgCounts()}), members in order, not null
 * @param sdgRates       per member, the SDG 16.4.2 rate for each year, members in order, not null
 * @param regionalSdg    the pooled regional rate per year, not null
 * @param completeness   expected versus received observations per member and year, not null
 * @param violations     validation rule violations, not null
 * @param outliers       outlying values, not null
 */
public record ComplianceReportModel(ReportMetadata metadata, SuppressionPolicy policy,
        List<Participation> participations, ComplianceReport compliance, List<ReportingObligation> obligations,
        List<PublishedTable> sdgCounts, List<List<Sdg1642Rate>> sdgRates, List<Sdg1642RegionalRate> regionalSdg,
        Completeness completeness, List<ValidationViolation> violations, List<Outlier> outliers) {

    /** Copies the lists. */
    public ComplianceReportModel {
        Objects.requireNonNull(metadata, "metadata must not be null");
        Objects.requireNonNull(policy, "policy must not be null");
        participations = List.copyOf(participations);
        Objects.requireNonNull(compliance, "compliance must not be null");
        obligations = List.copyOf(obligations);
        sdgCounts = List.copyOf(sdgCounts);
        sdgRates = sdgRates.stream().map(List::copyOf).toList();
        regionalSdg = List.copyOf(regionalSdg);
        Objects.requireNonNull(completeness, "completeness must not be null");
        violations = List.copyOf(violations);
        outliers = List.copyOf(outliers);
    }

    /**
     * An outlying value in a national series.
     *
     * @param key      the series, not null
     * @param year     the year
     * @param finding  the detector's finding, not null
     */
    public record Outlier(SeriesKey key, int year, OutlierFinding finding) {
        /** Validates the fields. */
        public Outlier {
            Objects.requireNonNull(key, "key must not be null");
            Objects.requireNonNull(finding, "finding must not be null");
        }
    }

    /**
     * Returns the series a member is expected to report every year by default: firearms seized, found and
     * surrendered, arms whose illicit origin was established, trafficking cases, persons prosecuted and
     * persons convicted.
     *
     * @return the expected series, not null
     */
    public static List<ExpectedSeries> defaultExpectedSeries() {
        Dimensions firearms = Dimensions.total().withItemClass(ItemClass.FIREARM);
        List<ExpectedSeries> expected = new ArrayList<>();
        for (EventType event : EventType.values()) {
            expected.add(new ExpectedSeries(Indicator.ITEMS, firearms.withEvent(event)));
        }
        expected.add(ExpectedSeries.of(Indicator.ORIGIN_ESTABLISHED));
        expected.add(ExpectedSeries.of(Indicator.TRAFFICKING_CASES));
        expected.add(ExpectedSeries.of(Indicator.PERSONS_PROSECUTED));
        expected.add(ExpectedSeries.of(Indicator.PERSONS_CONVICTED));
        return List.copyOf(expected);
    }

    /**
     * Returns a builder.
     *
     * @param metadata  the report metadata, not null; its {@code dataAsOf} is the day compliance is assessed on
     * @return the builder, not null
     */
    public static Builder builder(ReportMetadata metadata) {
        return new Builder(metadata);
    }

    /** Builds a {@link ComplianceReportModel}. Unset inputs default as documented on each setter. */
    public static final class Builder {
        private final ReportMetadata metadata;
        private List<Observation> observations = List.of();
        private StatisticsAggregates aggregates;
        private List<Participation> participations = List.of();
        private List<ReportingObligation> obligations = ReportingObligation.all();
        private List<ReportSubmission> submissions = List.of();
        private List<ExpectedSeries> expected = defaultExpectedSeries();
        private SuppressionPolicy policy = SuppressionPolicy.defaults();
        private OutlierDetector detector = OutlierDetector.modifiedZ();
        private ValidationRuleSet rules = ValidationRuleSet.defaults();

        private Builder(ReportMetadata metadata) {
            this.metadata = Objects.requireNonNull(metadata, "metadata must not be null");
        }

        /**
         * Sets the national statistics (default none).
         *
         * @param values  the observations, not null
         * @return this builder
         */
        public Builder observations(Collection<Observation> values) {
            this.observations = List.copyOf(values);
            return this;
        }

        /**
         * Sets the aggregates of the national statistics, computed by the caller (for example by a database),
         * instead of {@link #observations(Collection)}: then the expected series and validation rules are
         * those of the aggregates' scope.
         *
         * @param value  the aggregates, not null; of the report's region and years
         * @return this builder
         */
        public Builder aggregates(StatisticsAggregates value) {
            this.aggregates = Objects.requireNonNull(value, "aggregates must not be null");
            return this;
        }

        /**
         * Sets the participation of states in instruments (default none). A member and instrument without an
         * entry take the shipped reference data ({@link Participation#reference}).
         *
         * @param values  the participations, not null
         * @return this builder
         */
        public Builder participations(Collection<Participation> values) {
            this.participations = List.copyOf(values);
            return this;
        }

        /**
         * Sets the reporting obligations to assess (default: every shipped obligation).
         *
         * @param values  the obligations, not null
         * @return this builder
         */
        public Builder obligations(Collection<ReportingObligation> values) {
            this.obligations = List.copyOf(values);
            return this;
        }

        /**
         * Sets the reports submitted (default none).
         *
         * @param values  the submissions, not null
         * @return this builder
         */
        public Builder submissions(Collection<ReportSubmission> values) {
            this.submissions = List.copyOf(values);
            return this;
        }

        /**
         * Sets the series every member is expected to report every year (default {@link #defaultExpectedSeries()}).
         *
         * @param values  the expected series, not null
         * @return this builder
         */
        public Builder expected(Collection<ExpectedSeries> values) {
            this.expected = List.copyOf(values);
            return this;
        }

        /**
         * Sets the disclosure policy (default threshold 3).
         *
         * @param value  the policy, not null
         * @return this builder
         */
        public Builder policy(SuppressionPolicy value) {
            this.policy = Objects.requireNonNull(value, "policy must not be null");
            return this;
        }

        /**
         * Sets the outlier detector (default modified z-score, threshold 3.5).
         *
         * @param value  the detector, not null
         * @return this builder
         */
        public Builder outlierDetector(OutlierDetector value) {
            this.detector = Objects.requireNonNull(value, "outlierDetector must not be null");
            return this;
        }

        /**
         * Sets the validation rules (default {@link ValidationRuleSet#defaults()}).
         *
         * @param value  the rules, not null
         * @return this builder
         */
        public Builder rules(ValidationRuleSet value) {
            this.rules = Objects.requireNonNull(value, "rules must not be null");
            return this;
        }

        /**
         * Runs the assessments.
         *
         * @return the model, not null
         */
        public ComplianceReportModel build() {
            StatisticsAggregates figures = aggregates;
            if (figures == null) {
                StatisticsAggregates.Scope defaults = StatisticsAggregates.Scope.of(metadata);
                figures = StatisticsAggregates.fromObservations(new StatisticsAggregates.Scope(defaults.region(),
                        defaults.fromYear(), defaults.toYear(), defaults.indicators(), expected, rules), observations);
            } else if (!figures.scope().covers(metadata)) {
                throw new IllegalArgumentException("aggregates must be of " + metadata.region().code() + " "
                        + metadata.fromYear() + "-" + metadata.toYear() + ", were of " + figures.scope().region().code()
                        + " " + figures.scope().fromYear() + "-" + figures.scope().toYear());
            }
            ReportMetadata meta = metadata.withSyntheticIf(figures.synthetic());
            List<Country> members = meta.region().members();
            LocalDate asOf = meta.dataAsOf();

            List<Participation> matrix = new ArrayList<>();
            for (Country member : members) {
                for (Instrument instrument : Instrument.all()) {
                    matrix.add(participations.stream()
                            .filter(p -> p.state().equals(member) && p.instrument().code().equals(instrument.code()))
                            .findFirst()
                            .orElseGet(() -> Participation.reference(member, instrument)));
                }
            }
            ComplianceReport compliance = ComplianceReport.assess(matrix, obligations,
                    submissions.stream().filter(s -> meta.region().contains(s.state())).toList(),
                    meta.fromYear(), meta.toYear(), asOf);

            List<PublishedTable> sdgCounts = new ArrayList<>();
            List<List<Sdg1642Rate>> sdgRates = new ArrayList<>();
            for (Country member : members) {
                sdgCounts.add(PublishedTable.protect(figures.sdgCounts().get(member), policy));
                sdgRates.add(figures.sdgRates(member));
            }
            List<Outlier> outliers = new ArrayList<>();
            figures.expectedValues().forEach((key, byYear) -> {
                double[] values = byYear.values().stream().mapToDouble(Long::doubleValue).toArray();
                List<Integer> years = new ArrayList<>(byYear.keySet());
                for (OutlierFinding finding : detector.detect(values)) {
                    outliers.add(new Outlier(key, years.get(finding.index()), finding));
                }
            });
            return new ComplianceReportModel(meta, policy, matrix, compliance, obligations, sdgCounts, sdgRates,
                    figures.regionalSdg(), figures.completeness(), figures.violations(), outliers);
        }
    }
}
