package org.salwmonitor.reports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;

import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.geo.Region;
import org.salwmonitor.core.quality.Completeness;
import org.salwmonitor.core.quality.ExpectedSeries;
import org.salwmonitor.core.quality.ValidationRuleSet;
import org.salwmonitor.core.quality.ValidationViolation;
import org.salwmonitor.core.sdg.Sdg1642;
import org.salwmonitor.core.sdg.Sdg1642Rate;
import org.salwmonitor.core.sdg.Sdg1642RegionalRate;
import org.salwmonitor.core.statistics.Indicator;
import org.salwmonitor.core.statistics.Observation;
import org.salwmonitor.core.statistics.Observations;
import org.salwmonitor.core.statistics.Period;
import org.salwmonitor.core.statistics.SeriesKey;
import org.salwmonitor.core.weapon.ItemClass;
import org.salwmonitor.core.weapon.WeaponType;

/**
 * The aggregates of the national statistics that the trend and compliance reports print, for one
 * {@link Scope} (region, years, key indicators, expected series, validation rules), before disclosure control.
 *
 * <p>A database computes them with {@code GROUP BY} (the batch application does, with jOOQ), so that no raw
 * row has to be loaded; {@link #fromObservations} computes the same figures from core-model observations in
 * memory, for callers without a database and as an independent check of the database's figures. The report
 * model builders take them as they are and add the analytics (trends, outliers) and disclosure control.
 *
 * <p>Definitions, shared by both ways of computing them (only annual observations of the members within the
 * years count):
 * <ul>
 *   <li>{@code indicatorValues}: per key indicator, rows are the members' alpha-2 codes, columns the years;
 *       a cell is the stored value of the indicator's series, missing when absent or stored missing;</li>
 *   <li>{@code weaponTypes}: per member that reports firearms by weapon type (item class {@code FIREARM},
 *       weapon type given, criminal context total, event given), rows are years and columns the weapon types
 *       it reports in any year, in {@link WeaponType} order; a cell is the sum over the events, missing when
 *       any event's value is missing or there is none;</li>
 *   <li>{@code sdgRates}: one {@link Sdg1642Rate} per member and year with an input observation, numerator
 *       and denominator as {@link Sdg1642} defines them; {@code sdgCounts} per member: rows are years, columns
 *       {@code ESTABLISHED} (the numerator) and {@code NOT_ESTABLISHED} (denominator minus numerator), filled
 *       for the years whose rate is available; {@code regionalSdg}: the pooled rate per year;</li>
 *   <li>every total of a grid is the sum of its line when the whole line has counts, missing otherwise (a
 *       regional total over a year with a member's gap would understate);</li>
 *   <li>{@code completeness}: expected against received per member and year ({@link Completeness});
 *       {@code expectedValues}: the values of each member's expected series by year (missing values left
 *       out), which the compliance report screens for outliers; {@code violations}: what the rules find.</li>
 * </ul>
 *
 * @param scope            what was aggregated, not null
 * @param synthetic        true if any observation counted is synthetic sample data
 * @param indicatorValues  per key indicator of the scope, its values by member and year, not null
 * @param weaponTypes      per member reporting weapon types, firearms by year and weapon type, not null
 * @param sdgRates         the national SDG 16.4.2 rates, by member then year, not null
 * @param sdgCounts        per member, SDG 16.4.2 counts by year, not null; every member present
 * @param regionalSdg      the pooled regional rate of each year, in order, not null
 * @param completeness     expected versus received observations, not null
 * @param expectedValues   the values of the expected series by series and year, not null
 * @param violations       the validation rule violations, ordered by area, period, importance and rule, not null
 */
public record StatisticsAggregates(Scope scope, boolean synthetic, Map<KeyIndicator, CountGrid> indicatorValues,
        Map<Country, CountGrid> weaponTypes, List<Sdg1642Rate> sdgRates, Map<Country, CountGrid> sdgCounts,
        List<Sdg1642RegionalRate> regionalSdg, Completeness completeness,
        SortedMap<SeriesKey, SortedMap<Integer, Long>> expectedValues, List<ValidationViolation> violations) {

    /** The order of violations: area, period, importance (high first), rule code. */
    public static final Comparator<ValidationViolation> VIOLATION_ORDER = Comparator
            .comparing(ValidationViolation::area)
            .thenComparing(ValidationViolation::period)
            .thenComparing(ValidationViolation::importance)
            .thenComparing(violation -> violation.rule().code());

    /** The column keys of the SDG 16.4.2 count grids. */
    public static final List<String> SDG_COLUMNS = List.of("ESTABLISHED", "NOT_ESTABLISHED");

    /** Validates the fields and copies the collections. */
    public StatisticsAggregates {
        Objects.requireNonNull(scope, "scope must not be null");
        indicatorValues = Collections.unmodifiableMap(new LinkedHashMap<>(indicatorValues));
        for (KeyIndicator indicator : scope.indicators()) {
            if (!indicatorValues.containsKey(indicator)) {
                throw new IllegalArgumentException("indicatorValues must hold key indicator " + indicator.code());
            }
        }
        weaponTypes = Collections.unmodifiableMap(new LinkedHashMap<>(weaponTypes));
        sdgRates = List.copyOf(sdgRates);
        sdgCounts = Collections.unmodifiableMap(new LinkedHashMap<>(sdgCounts));
        for (Country member : scope.region().members()) {
            if (!sdgCounts.containsKey(member)) {
                throw new IllegalArgumentException("sdgCounts must hold every member, " + member + " is absent");
            }
        }
        regionalSdg = List.copyOf(regionalSdg);
        Objects.requireNonNull(completeness, "completeness must not be null");
        expectedValues = Collections.unmodifiableSortedMap(new TreeMap<>(expectedValues));
        violations = List.copyOf(violations);
    }

    /**
     * What to aggregate: a region's members over a span of years, the key indicators of the trend report,
     * the series every member is expected to report and the validation rules of the compliance report.
     *
     * @param region      the region, not null
     * @param fromYear    the first year
     * @param toYear      the last year, not before {@code fromYear}
     * @param indicators  the key indicators, not null, at least one
     * @param expected    the expected series, not null
     * @param rules       the validation rules, not null
     */
    public record Scope(Region region, int fromYear, int toYear, List<KeyIndicator> indicators,
            List<ExpectedSeries> expected, ValidationRuleSet rules) {

        /** Validates the fields and copies the lists. */
        public Scope {
            Objects.requireNonNull(region, "region must not be null");
            if (toYear < fromYear) {
                throw new IllegalArgumentException("toYear must not be before fromYear " + fromYear + ", was "
                        + toYear);
            }
            indicators = List.copyOf(indicators);
            if (indicators.isEmpty()) {
                throw new IllegalArgumentException("indicators must not be empty");
            }
            expected = List.copyOf(expected);
            Objects.requireNonNull(rules, "rules must not be null");
        }

        /**
         * Returns the scope of the reports on a region with the default key indicators, expected series and
         * validation rules.
         *
         * @param region    the region, not null
         * @param fromYear  the first year
         * @param toYear    the last year
         * @return the scope, not null
         */
        public static Scope of(Region region, int fromYear, int toYear) {
            return new Scope(region, fromYear, toYear, KeyIndicator.defaults(),
                    ComplianceReportModel.defaultExpectedSeries(), ValidationRuleSet.defaults());
        }

        /**
         * Returns the scope of a report's metadata with the default key indicators, expected series and rules.
         *
         * @param metadata  the metadata, not null
         * @return the scope, not null
         */
        public static Scope of(ReportMetadata metadata) {
            return of(metadata.region(), metadata.fromYear(), metadata.toYear());
        }

        /** Returns the years, in order. */
        public List<Integer> years() {
            return java.util.stream.IntStream.rangeClosed(fromYear, toYear).boxed().toList();
        }

        /** Returns the members' alpha-2 codes, in the region's order: the rows of the key indicator grids. */
        public List<String> memberCodes() {
            return region.members().stream().map(Country::alpha2).toList();
        }

        /** Returns the years as text: the columns of the key indicator grids and the rows of the others. */
        public List<String> yearKeys() {
            return years().stream().map(String::valueOf).toList();
        }

        /**
         * Tells whether this scope covers a report: same region and years.
         *
         * @param metadata  the report metadata, not null
         * @return true if region and years are the report's
         */
        public boolean covers(ReportMetadata metadata) {
            return region.equals(metadata.region()) && fromYear == metadata.fromYear() && toYear == metadata.toYear();
        }
    }

    /**
     * Returns the grid of a key indicator.
     *
     * @param indicator  the key indicator, not null
     * @return the grid, not null
     * @throws IllegalArgumentException if the indicator was not aggregated
     */
    public CountGrid values(KeyIndicator indicator) {
        CountGrid grid = indicatorValues.get(indicator);
        if (grid == null) {
            throw new IllegalArgumentException("key indicator " + indicator.code() + " was not aggregated; the scope"
                    + " holds " + scope.indicators().stream().map(KeyIndicator::code).toList());
        }
        return grid;
    }

    /**
     * Computes the aggregates from observations in memory, following the definitions of this type.
     * Observations outside the scope (other areas, other years, quarters) are ignored.
     *
     * @param scope         what to aggregate, not null
     * @param observations  the observations, not null; a series and period must not repeat
     * @return the aggregates, not null
     * @throws IllegalArgumentException if two observations share a series and period
     */
    public static StatisticsAggregates fromObservations(Scope scope, Collection<Observation> observations) {
        List<Observation> selected = select(scope, observations);
        SortedMap<SeriesKey, SortedMap<Period, Observation>> series = Observations.bySeries(selected);
        List<Country> members = scope.region().members();
        List<Integer> years = scope.years();

        Map<KeyIndicator, CountGrid> values = new LinkedHashMap<>();
        for (KeyIndicator indicator : scope.indicators()) {
            Long[][] counts = new Long[members.size()][years.size()];
            boolean[][] confidential = new boolean[members.size()][years.size()];
            for (int i = 0; i < members.size(); i++) {
                Map<Period, Observation> byPeriod = find(series, members.get(i), indicator);
                for (int j = 0; j < years.size(); j++) {
                    Observation observation = byPeriod.get(Period.ofYear(years.get(j)));
                    if (observation != null && !observation.isMissing()) {
                        counts[i][j] = observation.value().asLong().getAsLong();
                        confidential[i][j] = !observation.confidentiality().isPublishable();
                    }
                }
            }
            values.put(indicator, CountGrid.summing(scope.memberCodes(), scope.yearKeys(), counts, confidential));
        }

        Map<Country, CountGrid> weaponTypes = new LinkedHashMap<>();
        for (Country member : members) {
            CountGrid grid = weaponTypes(series, member, years);
            if (grid != null) {
                weaponTypes.put(member, grid);
            }
        }

        List<Sdg1642Rate> rates = Sdg1642.fromObservations(selected);
        Map<Country, CountGrid> sdgCounts = new LinkedHashMap<>();
        for (Country member : members) {
            sdgCounts.put(member, sdgCounts(rates, member, years));
        }
        List<Sdg1642RegionalRate> regional = years.stream()
                .map(year -> Sdg1642RegionalRate.pool(scope.region(), year, rates)).toList();

        Completeness completeness = Completeness.assess(members, years, scope.expected(), selected);
        SortedMap<SeriesKey, SortedMap<Integer, Long>> expectedValues = new TreeMap<>();
        for (Map.Entry<SeriesKey, SortedMap<Period, Observation>> entry : series.entrySet()) {
            SeriesKey key = entry.getKey();
            if (scope.expected().stream().anyMatch(expected -> expected.indicator() == key.indicator()
                    && expected.dimensions().equals(key.dimensions()))) {
                SortedMap<Integer, Long> byYear = new TreeMap<>();
                entry.getValue().forEach((period, observation) -> observation.value().asLong()
                        .ifPresent(value -> byYear.put(period.year(), value)));
                expectedValues.put(key, byYear);
            }
        }
        List<ValidationViolation> violations = new ArrayList<>(scope.rules().validate(selected));
        violations.sort(VIOLATION_ORDER);
        return new StatisticsAggregates(scope, Observations.anySynthetic(selected), values, weaponTypes, rates,
                sdgCounts, regional, completeness, expectedValues, violations);
    }

    /** Annual observations of the members within the years. */
    static List<Observation> select(Scope scope, Collection<Observation> observations) {
        List<Observation> selected = new ArrayList<>();
        for (Observation observation : observations) {
            Period period = observation.period();
            if (period.isAnnual() && period.year() >= scope.fromYear() && period.year() <= scope.toYear()
                    && scope.region().contains(observation.key().area())) {
                selected.add(observation);
            }
        }
        return selected;
    }

    private static Map<Period, Observation> find(SortedMap<SeriesKey, SortedMap<Period, Observation>> series,
            Country country, KeyIndicator indicator) {
        for (Map.Entry<SeriesKey, SortedMap<Period, Observation>> entry : series.entrySet()) {
            if (entry.getKey().area().equals(country) && indicator.matches(entry.getKey())) {
                return entry.getValue();
            }
        }
        return Map.of();
    }

    /** Firearms of each type summed over the events, or null if the country reports no weapon types. */
    private static CountGrid weaponTypes(SortedMap<SeriesKey, SortedMap<Period, Observation>> series,
            Country country, List<Integer> years) {
        Map<WeaponType, Map<Integer, long[]>> byType = new TreeMap<>();
        Map<WeaponType, Map<Integer, Boolean>> secret = new HashMap<>();
        for (Map.Entry<SeriesKey, SortedMap<Period, Observation>> entry : series.entrySet()) {
            SeriesKey key = entry.getKey();
            if (!key.area().equals(country) || !isWeaponTypePart(key)) {
                continue;
            }
            WeaponType type = key.dimensions().weaponType();
            for (Observation observation : entry.getValue().values()) {
                int year = observation.period().year();
                long[] sumAndMissing = byType.computeIfAbsent(type, t -> new TreeMap<>())
                        .computeIfAbsent(year, y -> new long[2]);
                if (observation.isMissing()) {
                    sumAndMissing[1]++;
                } else {
                    sumAndMissing[0] = Math.addExact(sumAndMissing[0], observation.value().asLong().getAsLong());
                    if (!observation.confidentiality().isPublishable()) {
                        secret.computeIfAbsent(type, t -> new HashMap<>()).put(year, true);
                    }
                }
            }
        }
        if (byType.isEmpty()) {
            return null;
        }
        List<WeaponType> types = new ArrayList<>(byType.keySet());
        Long[][] counts = new Long[years.size()][types.size()];
        boolean[][] confidential = new boolean[years.size()][types.size()];
        for (int i = 0; i < years.size(); i++) {
            for (int j = 0; j < types.size(); j++) {
                long[] cell = byType.get(types.get(j)).get(years.get(i));
                counts[i][j] = cell == null || cell[1] > 0 ? null : cell[0];
                confidential[i][j] = secret.getOrDefault(types.get(j), Map.of()).getOrDefault(years.get(i), false);
            }
        }
        return CountGrid.summing(years.stream().map(String::valueOf).toList(), types.stream().map(Enum::name).toList(),
                counts, confidential);
    }

    /** Firearms of one weapon type and one event, all criminal contexts: the parts summed per weapon type. */
    static boolean isWeaponTypePart(SeriesKey key) {
        return key.indicator() == Indicator.ITEMS && key.dimensions().itemClass() == ItemClass.FIREARM
                && key.dimensions().weaponType() != null && key.dimensions().context() == null
                && key.dimensions().event() != null;
    }

    /** Years by (established, not established) for the years whose rate is available. */
    private static CountGrid sdgCounts(List<Sdg1642Rate> rates, Country country, List<Integer> years) {
        Long[][] counts = new Long[years.size()][2];
        for (Sdg1642Rate rate : rates) {
            int i = rate.year() - years.get(0);
            if (rate.country().equals(country) && i >= 0 && i < years.size() && rate.reason().isEmpty()) {
                long numerator = rate.numerator().getAsLong();
                counts[i][0] = numerator;
                counts[i][1] = rate.denominator().getAsLong() - numerator;
            }
        }
        return CountGrid.summing(years.stream().map(String::valueOf).toList(), SDG_COLUMNS, counts, null);
    }

    /**
     * Returns the rate of a country for each year, not available where no input exists.
     *
     * @param country  the country, not null
     * @return one rate per year of the scope, not null
     */
    public List<Sdg1642Rate> sdgRates(Country country) {
        List<Sdg1642Rate> result = new ArrayList<>();
        for (int year : scope.years()) {
            result.add(sdgRates.stream().filter(rate -> rate.country().equals(country) && rate.year() == year)
                    .findFirst()
                    .orElseGet(() -> new Sdg1642Rate(country, year, OptionalLong.empty(), OptionalLong.empty())));
        }
        return result;
    }
}
