package org.salwmonitor.batch.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jooq.CaseConditionStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record5;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import org.salwmonitor.core.casefile.EventType;
import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.quality.Completeness;
import org.salwmonitor.core.quality.ExpectedSeries;
import org.salwmonitor.core.quality.Expression;
import org.salwmonitor.core.quality.StateYearCompleteness;
import org.salwmonitor.core.quality.Term;
import org.salwmonitor.core.quality.ValidationRule;
import org.salwmonitor.core.quality.ValidationViolation;
import org.salwmonitor.core.sdg.Sdg1642Rate;
import org.salwmonitor.core.sdg.Sdg1642RegionalRate;
import org.salwmonitor.core.statistics.Confidentiality;
import org.salwmonitor.core.statistics.Dimension;
import org.salwmonitor.core.statistics.Dimensions;
import org.salwmonitor.core.statistics.Indicator;
import org.salwmonitor.core.statistics.ObservationStatus;
import org.salwmonitor.core.statistics.Period;
import org.salwmonitor.core.statistics.SeriesKey;
import org.salwmonitor.core.weapon.ItemClass;
import org.salwmonitor.core.weapon.WeaponType;
import org.salwmonitor.reports.CountGrid;
import org.salwmonitor.reports.KeyIndicator;
import org.salwmonitor.reports.StatisticsAggregates;

import static org.salwmonitor.batch.db.Tables.OBSERVATION;

/**
 * Computes the {@link StatisticsAggregates} of the reports in PostgreSQL: every sum, total, count and pooled
 * rate is a {@code GROUP BY} (with {@code GROUPING SETS} for the totals of a table), so that Java receives
 * aggregates only, never the raw rows. The definitions are those of {@link StatisticsAggregates}; its
 * {@code fromObservations} computes the same figures in memory, which the tests compare with these.
 *
 * <p>A total is complete only when its whole line has counts: the database returns the sum and the number of
 * cells with a count of each line, and a line with fewer counted cells than it has cells gets no total.
 */
final class SqlAggregates {

    private static final String FREE = Confidentiality.FREE.sdmxCode();
    private static final String TOTAL = Dimensions.TOTAL;

    private final DSLContext dsl;

    SqlAggregates(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Computes the aggregates of a scope.
     *
     * @param scope      what to aggregate, not null
     * @param selection  the annual observations of the scope's members and years
     * @param synthetic  whether any observation of the selection is synthetic (already aggregated by the caller)
     */
    StatisticsAggregates compute(StatisticsAggregates.Scope scope, Condition selection, boolean synthetic) {
        List<Country> members = scope.region().members();
        List<String> years = scope.yearKeys();

        Map<String, GridSums> indicatorSums = grids(indicatorCells(scope, selection));
        Map<KeyIndicator, CountGrid> values = new LinkedHashMap<>();
        for (KeyIndicator indicator : scope.indicators()) {
            values.put(indicator, indicatorSums.getOrDefault(indicator.code(), GridSums.EMPTY)
                    .grid(scope.memberCodes(), years));
        }

        Map<String, GridSums> weaponSums = grids(weaponTypeCells(selection));
        Map<Country, CountGrid> weaponTypes = new LinkedHashMap<>();
        for (Country member : members) {
            GridSums sums = weaponSums.get(member.alpha2());
            if (sums != null) {
                List<String> types = sums.columns().stream()
                        .sorted(Comparator.comparing(type -> WeaponType.valueOf(type).ordinal())).toList();
                weaponTypes.put(member, sums.grid(years, types));
            }
        }

        Table<?> rates = sdgRates(selection).asTable("rates");
        List<Sdg1642Rate> sdgRates = dsl.select(rates.field("ref_area", String.class),
                        rates.field("time_period", String.class), rates.field("numerator", Long.class),
                        rates.field("denominator", Long.class))
                .from(rates)
                .orderBy(rates.field("ref_area"), rates.field("time_period"))
                .fetch(row -> new Sdg1642Rate(Country.of(row.value1()), Integer.parseInt(row.value2()),
                        optional(row.value3()), optional(row.value4())));
        Map<String, GridSums> sdgSums = grids(sdgCells(rates));
        Map<Country, CountGrid> sdgCounts = new LinkedHashMap<>();
        for (Country member : members) {
            sdgCounts.put(member, sdgSums.getOrDefault(member.alpha2(), GridSums.EMPTY)
                    .grid(years, StatisticsAggregates.SDG_COLUMNS));
        }

        return new StatisticsAggregates(scope, synthetic, values, weaponTypes, sdgRates, sdgCounts,
                regionalSdg(scope, rates), completeness(scope, selection), expectedValues(scope, selection),
                violations(scope, selection));
    }

    /** The stored values of the key indicators: grid = indicator code, row = area, column = year. */
    private Select<Record5<String, String, String, Long, Boolean>> indicatorCells(StatisticsAggregates.Scope scope,
            Condition selection) {
        CaseConditionStep<String> grid = null;
        Condition any = DSL.falseCondition();
        for (KeyIndicator indicator : scope.indicators()) {
            Condition matches = matches(Term.of(indicator.indicator(), indicator.dimensions()));
            grid = grid == null ? DSL.when(matches, DSL.inline(indicator.code()))
                    : grid.when(matches, DSL.inline(indicator.code()));
            any = any.or(matches);
        }
        return dsl.select(grid.as("grid"), OBSERVATION.REF_AREA.as("row_key"), OBSERVATION.TIME_PERIOD.as("col_key"),
                        OBSERVATION.OBS_VALUE.as("value"), DSL.field(secret()).as("secret"))
                .from(OBSERVATION)
                .where(selection.and(any));
    }

    /**
     * Firearms by weapon type summed over the events: grid = area, row = year, column = weapon type; a cell is
     * missing when an event's value is missing.
     */
    private Select<Record5<String, String, String, Long, Boolean>> weaponTypeCells(Condition selection) {
        Field<Long> sum = DSL.when(DSL.count().filterWhere(OBSERVATION.OBS_VALUE.isNull()).gt(0), DSL.castNull(Long.class))
                .otherwise(DSL.sum(OBSERVATION.OBS_VALUE).cast(SQLDataType.BIGINT));
        return dsl.select(OBSERVATION.REF_AREA.as("grid"), OBSERVATION.TIME_PERIOD.as("row_key"),
                        OBSERVATION.WEAPON_TYPE.as("col_key"), sum.as("value"), DSL.boolOr(secret()).as("secret"))
                .from(OBSERVATION)
                .where(selection.and(weaponTypePart()))
                .groupBy(OBSERVATION.REF_AREA, OBSERVATION.TIME_PERIOD, OBSERVATION.WEAPON_TYPE);
    }

    /** Firearms of one weapon type and one event, all criminal contexts. */
    static Condition weaponTypePart() {
        return OBSERVATION.INDICATOR.eq(Indicator.ITEMS.code())
                .and(OBSERVATION.ITEM_CLASS.eq(ItemClass.FIREARM.name()))
                .and(OBSERVATION.WEAPON_TYPE.ne(TOTAL))
                .and(OBSERVATION.CONTEXT.eq(TOTAL))
                .and(OBSERVATION.EVENT.ne(TOTAL));
    }

    /** A count that is not free for publication. */
    private static Condition secret() {
        return OBSERVATION.OBS_VALUE.isNotNull().and(OBSERVATION.CONF_STATUS.ne(FREE));
    }

    /**
     * SDG 16.4.2 numerator and denominator per area and year with an input (Sdg1642's rule: the sum of the
     * three events when all have a count, otherwise the event total, otherwise missing).
     */
    private Select<?> sdgRates(Condition selection) {
        Condition denominator = OBSERVATION.INDICATOR.eq(Indicator.ITEMS.code())
                .and(OBSERVATION.ITEM_CLASS.eq(ItemClass.FIREARM.name()))
                .and(OBSERVATION.WEAPON_TYPE.eq(TOTAL)).and(OBSERVATION.CONTEXT.eq(TOTAL));
        Condition numerator = OBSERVATION.INDICATOR.eq(Indicator.ORIGIN_ESTABLISHED.code());
        return dsl.select(OBSERVATION.REF_AREA.as("ref_area"), OBSERVATION.TIME_PERIOD.as("time_period"),
                        sdgInput(numerator).as("numerator"), sdgInput(denominator).as("denominator"))
                .from(OBSERVATION)
                .where(selection.and(numerator.or(denominator)))
                .groupBy(OBSERVATION.REF_AREA, OBSERVATION.TIME_PERIOD);
    }

    private static Field<Long> sdgInput(Condition side) {
        Condition part = side.and(OBSERVATION.EVENT.ne(TOTAL));
        return DSL.when(DSL.count().filterWhere(part.and(OBSERVATION.OBS_VALUE.isNotNull()))
                                .eq(EventType.values().length),
                        DSL.sum(OBSERVATION.OBS_VALUE).filterWhere(part).cast(SQLDataType.BIGINT))
                .otherwise(DSL.max(OBSERVATION.OBS_VALUE).filterWhere(side.and(OBSERVATION.EVENT.eq(TOTAL))));
    }

    /** A rate that can be given: both inputs known, denominator positive, numerator not above it. */
    private static Condition available(Table<?> rates) {
        Field<Long> numerator = rates.field("numerator", Long.class);
        Field<Long> denominator = rates.field("denominator", Long.class);
        return denominator.isNotNull().and(denominator.gt(0L)).and(numerator.isNotNull())
                .and(numerator.le(denominator));
    }

    /** SDG counts: grid = area, row = year, columns established and not established, where the rate is available. */
    private Select<Record5<String, String, String, Long, Boolean>> sdgCells(Table<?> rates) {
        Field<String> area = rates.field("ref_area", String.class);
        Field<String> year = rates.field("time_period", String.class);
        Field<Long> numerator = rates.field("numerator", Long.class);
        Field<Long> denominator = rates.field("denominator", Long.class);
        return dsl.select(area.as("grid"), year.as("row_key"), DSL.inline("ESTABLISHED").as("col_key"),
                        numerator.as("value"), DSL.inline(false).as("secret"))
                .from(rates).where(available(rates))
                .unionAll(dsl.select(area, year, DSL.inline("NOT_ESTABLISHED"), denominator.minus(numerator),
                                DSL.inline(false))
                        .from(rates).where(available(rates)));
    }

    /** The pooled regional rate of every year: sums over the members whose rate is available. */
    private List<Sdg1642RegionalRate> regionalSdg(StatisticsAggregates.Scope scope, Table<?> rates) {
        Field<String> area = rates.field("ref_area", String.class);
        Field<String> period = rates.field("time_period", String.class);
        Condition available = available(rates);
        Map<Integer, Record> byYear = new HashMap<>();
        dsl.select(period, DSL.sum(rates.field("numerator", Long.class)).filterWhere(available),
                        DSL.sum(rates.field("denominator", Long.class)).filterWhere(available),
                        DSL.arrayAgg(area).orderBy(area).filterWhere(available))
                .from(rates)
                .groupBy(period)
                .forEach(row -> byYear.put(Integer.parseInt(row.value1()), row));
        List<Sdg1642RegionalRate> regional = new ArrayList<>();
        for (int year : scope.years()) {
            Record row = byYear.get(year);
            BigDecimal numerator = row == null ? null : row.get(1, BigDecimal.class);
            BigDecimal denominator = row == null ? null : row.get(2, BigDecimal.class);
            String[] areas = row == null ? null : row.get(3, String[].class);
            Set<String> contributing = areas == null ? Set.of() : Set.of(areas);
            List<Country> in = new ArrayList<>();
            List<Country> out = new ArrayList<>();
            for (Country member : scope.region().members()) {
                (contributing.contains(member.alpha2()) ? in : out).add(member);
            }
            regional.add(new Sdg1642RegionalRate(scope.region(), year, numerator == null ? 0 : numerator.longValueExact(),
                    denominator == null ? 0 : denominator.longValueExact(), in, out));
        }
        return regional;
    }

    /** Which expected series each observation is, as a CASE over the series' conditions (first match wins). */
    private static Field<Integer> expectedIndex(List<ExpectedSeries> expected) {
        CaseConditionStep<Integer> index = null;
        for (int i = 0; i < expected.size(); i++) {
            Condition matches = matches(Term.of(expected.get(i).indicator(), expected.get(i).dimensions()));
            index = index == null ? DSL.when(matches, DSL.inline(i)) : index.when(matches, DSL.inline(i));
        }
        return index == null ? DSL.castNull(Integer.class) : index.otherwise(DSL.castNull(Integer.class));
    }

    /** Received with a value and received missing, per area and year, counted in SQL as arrays of series. */
    private Completeness completeness(StatisticsAggregates.Scope scope, Condition selection) {
        List<ExpectedSeries> expected = scope.expected();
        TreeSet<ExpectedSeries> all = new TreeSet<>(expected);
        List<StateYearCompleteness> rows = new ArrayList<>();
        if (expected.isEmpty()) {
            for (Country state : new TreeSet<>(scope.region().members())) {
                for (int year : scope.years()) {
                    rows.add(new StateYearCompleteness(state, year, List.of(), List.of(), List.of()));
                }
            }
            return new Completeness(rows);
        }
        Table<?> received = expectedObservations(expected, selection);
        Field<String> area = received.field("ref_area", String.class);
        Field<String> period = received.field("time_period", String.class);
        Field<Integer> series = received.field("series", Integer.class);
        Field<Long> value = received.field("obs_value", Long.class);
        Map<String, Record> byStateYear = new HashMap<>();
        dsl.select(area, period, DSL.arrayAgg(series).orderBy(series).filterWhere(value.isNotNull()),
                        DSL.arrayAgg(series).orderBy(series).filterWhere(value.isNull()))
                .from(received)
                .groupBy(area, period)
                .forEach(row -> byStateYear.put(row.value1() + " " + row.value2(), row));
        for (Country state : new TreeSet<>(scope.region().members())) {
            for (int year : scope.years()) {
                Record row = byStateYear.get(state.alpha2() + " " + year);
                List<ExpectedSeries> withValue = series(expected, row == null ? null : row.get(2, Integer[].class));
                List<ExpectedSeries> missing = series(expected, row == null ? null : row.get(3, Integer[].class));
                List<ExpectedSeries> absent = new ArrayList<>(all);
                absent.removeAll(withValue);
                absent.removeAll(missing);
                rows.add(new StateYearCompleteness(state, year, withValue, missing, absent));
            }
        }
        return new Completeness(rows);
    }

    private Table<?> expectedObservations(List<ExpectedSeries> expected, Condition selection) {
        Condition any = DSL.falseCondition();
        for (ExpectedSeries series : expected) {
            any = any.or(matches(Term.of(series.indicator(), series.dimensions())));
        }
        return dsl.select(OBSERVATION.REF_AREA.as("ref_area"), OBSERVATION.TIME_PERIOD.as("time_period"),
                        expectedIndex(expected).as("series"), OBSERVATION.OBS_VALUE.as("obs_value"))
                .from(OBSERVATION)
                .where(selection.and(any))
                .asTable("received");
    }

    private static List<ExpectedSeries> series(List<ExpectedSeries> expected, Integer[] indexes) {
        return indexes == null ? List.of()
                : Arrays.stream(indexes).map(expected::get).distinct().toList();
    }

    /** The values of each member's expected series by year, as arrays aggregated per series. */
    private SortedMap<SeriesKey, SortedMap<Integer, Long>> expectedValues(StatisticsAggregates.Scope scope,
            Condition selection) {
        SortedMap<SeriesKey, SortedMap<Integer, Long>> values = new TreeMap<>();
        List<ExpectedSeries> expected = scope.expected();
        if (expected.isEmpty()) {
            return values;
        }
        Table<?> received = expectedObservations(expected, selection);
        Field<String> area = received.field("ref_area", String.class);
        Field<String> year = received.field("time_period", String.class);
        Field<Integer> series = received.field("series", Integer.class);
        Field<Long> value = received.field("obs_value", Long.class);
        dsl.select(area, series, DSL.arrayAgg(year).orderBy(year).filterWhere(value.isNotNull()),
                        DSL.arrayAgg(value).orderBy(year).filterWhere(value.isNotNull()))
                .from(received)
                .groupBy(area, series)
                .forEach(row -> {
                    ExpectedSeries which = expected.get(row.value2());
                    SortedMap<Integer, Long> byYear = new TreeMap<>();
                    String[] yearsWithValue = row.value3();
                    Long[] counts = row.value4();
                    for (int i = 0; yearsWithValue != null && i < yearsWithValue.length; i++) {
                        byYear.put(Integer.parseInt(yearsWithValue[i]), counts[i]);
                    }
                    values.put(which.keyFor(Country.of(row.value1())), byYear);
                });
        return values;
    }

    /**
     * Evaluates the rules on per-term sums computed in SQL for every area and year of the selection: a term is
     * the sum of the counts it selects, missing when none of them has a count.
     */
    private List<ValidationViolation> violations(StatisticsAggregates.Scope scope, Condition selection) {
        List<ValidationRule> rules = scope.rules().rules();
        List<Term> terms = new ArrayList<>();
        for (ValidationRule rule : rules) {
            for (Expression side : List.of(rule.left(), rule.right())) {
                side.terms().stream().filter(term -> !terms.contains(term)).forEach(terms::add);
            }
        }
        List<Field<?>> fields = new ArrayList<>();
        fields.add(OBSERVATION.REF_AREA);
        fields.add(OBSERVATION.TIME_PERIOD);
        for (Term term : terms) {
            fields.add(DSL.sum(OBSERVATION.OBS_VALUE).filterWhere(matches(term)).cast(SQLDataType.BIGINT));
        }
        List<ValidationViolation> violations = new ArrayList<>();
        for (Record row : dsl.select(fields).from(OBSERVATION).where(selection)
                .groupBy(OBSERVATION.REF_AREA, OBSERVATION.TIME_PERIOD).fetch()) {
            Country area = Country.of(row.get(0, String.class));
            Period period = Period.parse(row.get(1, String.class));
            for (ValidationRule rule : rules) {
                Side left = Side.of(rule.left(), terms, row);
                Side right = Side.of(rule.right(), terms, row);
                if (!left.skipped(rule) && !right.skipped(rule) && !rule.operator().test(left.value, right.value)) {
                    violations.add(new ValidationViolation(rule, area, period, left.value, right.value));
                }
            }
        }
        violations.sort(StatisticsAggregates.VIOLATION_ORDER);
        return violations;
    }

    /** One side of a rule: the sum of its terms and how many of them are missing (ValidationRule's semantics). */
    private record Side(long value, int missingTerms, int terms) {

        static Side of(Expression expression, List<Term> columns, Record row) {
            long value = 0;
            int missing = 0;
            for (Term term : expression.terms()) {
                Long sum = row.get(2 + columns.indexOf(term), Long.class);
                if (sum == null) {
                    missing++;
                } else {
                    value = Math.addExact(value, sum);
                }
            }
            return new Side(value, missing, expression.terms().size());
        }

        boolean skipped(ValidationRule rule) {
            return switch (rule.missingValueStrategy()) {
                case SKIP_IF_ANY_VALUE_MISSING -> missingTerms > 0;
                case SKIP_IF_ALL_VALUES_MISSING -> missingTerms == terms;
                case NEVER_SKIP -> false;
            };
        }
    }

    /**
     * Where each cell of the SDMX export came from: per key indicator, country and year its stored observation;
     * per country, weapon type and year the provenance of the events summed, aggregated here (sum, weakest
     * status, a confidentiality that is not free, agencies and references joined).
     */
    Map<SeriesKey, Map<Integer, SdmxCsvExport.Source>> exportSources(StatisticsAggregates.Scope scope,
            Condition selection) {
        Map<SeriesKey, Map<Integer, SdmxCsvExport.Source>> sources = new HashMap<>();
        for (KeyIndicator indicator : scope.indicators()) {
            dsl.select(OBSERVATION.REF_AREA, OBSERVATION.TIME_PERIOD, OBSERVATION.OBS_VALUE, OBSERVATION.OBS_STATUS,
                            OBSERVATION.CONF_STATUS, OBSERVATION.SOURCE_AGENCY, OBSERVATION.SOURCE_REF, OBSERVATION.SYNTHETIC)
                    .from(OBSERVATION)
                    .where(selection.and(matches(Term.of(indicator.indicator(), indicator.dimensions()))))
                    .forEach(row -> sources.computeIfAbsent(SeriesKey.of(Country.of(row.value1()),
                                    indicator.indicator(), indicator.dimensions()), k -> new HashMap<>())
                            .put(Integer.parseInt(row.value2()), new SdmxCsvExport.Source(
                                    row.value3() == null ? 0 : row.value3(), row.value3() == null, row.value4(),
                                    row.value5(), row.value6(), row.value7() == null ? "" : row.value7(), row.value8())));
        }
        CaseConditionStep<Integer> rank = null;
        for (int i = 0; i < SdmxCsvExport.WEAKEST_FIRST.size(); i++) {
            Condition is = OBSERVATION.OBS_STATUS.eq(SdmxCsvExport.WEAKEST_FIRST.get(i).sdmxCode());
            rank = rank == null ? DSL.when(is, DSL.inline(i)) : rank.when(is, DSL.inline(i));
        }
        String secondary = Confidentiality.SECONDARY.sdmxCode();
        Field<String> conf = DSL.coalesce(
                DSL.max(OBSERVATION.CONF_STATUS).filterWhere(OBSERVATION.CONF_STATUS.notIn(FREE, secondary)),
                DSL.max(OBSERVATION.CONF_STATUS).filterWhere(OBSERVATION.CONF_STATUS.eq(secondary)), DSL.inline(FREE));
        Field<String> agencies = DSL.field("string_agg(DISTINCT {0}, '; ' ORDER BY {0})", String.class,
                OBSERVATION.SOURCE_AGENCY);
        Field<String> references = DSL.field("string_agg(DISTINCT {0}, '; ' ORDER BY {0}) FILTER (WHERE {0} <> '')",
                String.class, OBSERVATION.SOURCE_REF);
        dsl.select(OBSERVATION.REF_AREA, OBSERVATION.WEAPON_TYPE, OBSERVATION.TIME_PERIOD,
                        DSL.sum(OBSERVATION.OBS_VALUE).cast(SQLDataType.BIGINT), DSL.min(rank), conf, agencies,
                        references, DSL.boolOr(OBSERVATION.SYNTHETIC.isTrue()))
                .from(OBSERVATION)
                .where(selection.and(weaponTypePart()))
                .groupBy(OBSERVATION.REF_AREA, OBSERVATION.WEAPON_TYPE, OBSERVATION.TIME_PERIOD)
                .forEach(row -> sources.computeIfAbsent(SdmxCsvExport.weaponTypeKey(Country.of(row.value1()),
                                WeaponType.valueOf(row.value2())), k -> new HashMap<>())
                        .put(Integer.parseInt(row.value3()), new SdmxCsvExport.Source(
                                row.value4() == null ? 0 : row.value4(), false,
                                (row.value5() == null ? ObservationStatus.NORMAL
                                        : SdmxCsvExport.WEAKEST_FIRST.get(row.value5())).sdmxCode(),
                                row.value6(), row.value7(), row.value8() == null ? "" : row.value8(),
                                Boolean.TRUE.equals(row.value9()))));
        return sources;
    }

    /** The observations a term selects: its indicator, each dimension its code, the total, or any but the total. */
    static Condition matches(Term term) {
        Condition condition = OBSERVATION.INDICATOR.eq(term.indicator().code());
        for (Dimension dimension : Dimension.values()) {
            Field<String> column = switch (dimension) {
                case EVENT -> OBSERVATION.EVENT;
                case ITEM_CLASS -> OBSERVATION.ITEM_CLASS;
                case WEAPON_TYPE -> OBSERVATION.WEAPON_TYPE;
                case CONTEXT -> OBSERVATION.CONTEXT;
            };
            condition = condition.and(term.wildcards().contains(dimension) ? column.ne(TOTAL)
                    : column.eq(term.dimensions().code(dimension)));
        }
        return condition;
    }

    private static OptionalLong optional(Long value) {
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    /**
     * Sums every grid of a cells query (columns grid, row_key, col_key, value, secret; one row per cell) with
     * {@code GROUPING SETS}: the cells, the row totals, the column totals and the grand total of each grid.
     */
    private Map<String, GridSums> grids(Select<Record5<String, String, String, Long, Boolean>> cells) {
        Table<?> table = cells.asTable("cells");
        Field<String> grid = table.field("grid", String.class);
        Field<String> row = table.field("row_key", String.class);
        Field<String> column = table.field("col_key", String.class);
        Field<Long> value = table.field("value", Long.class);
        Field<Boolean> secret = table.field("secret", Boolean.class);
        Map<String, GridSums> grids = new LinkedHashMap<>();
        dsl.select(grid, row, column, DSL.grouping(row), DSL.grouping(column), DSL.sum(value), DSL.count(value),
                        DSL.boolOr(secret.isTrue()))
                .from(table)
                .groupBy(DSL.groupingSets(new Field<?>[] {grid, row, column}, new Field<?>[] {grid, row},
                        new Field<?>[] {grid, column}, new Field<?>[] {grid}))
                .forEach(sums -> {
                    GridSums target = grids.computeIfAbsent(sums.value1(), k -> new GridSums());
                    Sum sum = new Sum(sums.value6() == null ? null : sums.value6().longValueExact(), sums.value7(),
                            Boolean.TRUE.equals(sums.value8()));
                    boolean byRow = sums.value4() == 0;
                    boolean byColumn = sums.value5() == 0;
                    if (byRow && byColumn) {
                        target.cells.put(List.of(sums.value2(), sums.value3()), sum);
                    } else if (byRow) {
                        target.rowTotals.put(sums.value2(), sum);
                    } else if (byColumn) {
                        target.columnTotals.put(sums.value3(), sum);
                    } else {
                        target.grandTotal = sum;
                    }
                });
        return grids;
    }

    /** A sum over cells, how many of them have a count, and whether any count is not free for publication. */
    private record Sum(Long value, int counted, boolean secret) {
    }

    /** The sums of one grid as SQL returned them. */
    private static final class GridSums {
        static final GridSums EMPTY = new GridSums();

        final Map<List<String>, Sum> cells = new LinkedHashMap<>();
        final Map<String, Sum> rowTotals = new HashMap<>();
        final Map<String, Sum> columnTotals = new HashMap<>();
        Sum grandTotal;

        /** The column keys that have a cell. */
        List<String> columns() {
            return cells.keySet().stream().map(key -> key.get(1)).distinct().toList();
        }

        /** The grid over these rows and columns: a total only where its whole line has counts. */
        CountGrid grid(List<String> rows, List<String> columns) {
            CountGrid.Builder builder = CountGrid.builder(rows, columns);
            cells.forEach((key, sum) -> builder.cell(builder.row(key.get(0)), builder.column(key.get(1)), sum.value,
                    sum.secret));
            rowTotals.forEach((key, sum) -> builder.rowTotal(builder.row(key), complete(sum, columns.size())));
            columnTotals.forEach((key, sum) -> builder.columnTotal(builder.column(key), complete(sum, rows.size())));
            if (grandTotal != null) {
                builder.grandTotal(complete(grandTotal, rows.size() * columns.size()));
            }
            return builder.build();
        }

        private static Long complete(Sum sum, int cellsInLine) {
            return sum.counted == cellsInLine ? sum.value : null;
        }
    }
}
