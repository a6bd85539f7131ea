package org.salwmonitor.batch.tracing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jooq.DSLContext;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import org.salwmonitor.batch.report.ReportData;
import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.geo.Region;
import org.salwmonitor.core.sdg.Sdg1642;
import org.salwmonitor.core.sdg.Sdg1642Rate;
import org.salwmonitor.core.statistics.Dimensions;
import org.salwmonitor.core.statistics.Indicator;
import org.salwmonitor.core.statistics.Observation;

import static org.salwmonitor.batch.db.Tables.CASE_EVENT;
import static org.salwmonitor.batch.db.Tables.CASE_ITEM;
import static org.salwmonitor.batch.db.Tables.TRACING_REQUEST;

/**
 * Trace requests and SDG indicator 16.4.2 from the case records, computed with {@code GROUP BY} in PostgreSQL,
 * and their reconciliation with the national statistics (core-model {@link Sdg1642} over the stored
 * observations). Nothing is hidden: every state and year present on either side is listed with both figures.
 */
@Component
public class TracingSummary {

    private static final String ORIGIN_ESTABLISHED = "ORIGIN_ESTABLISHED";

    private final DSLContext dsl;
    private final ReportData statistics;

    /**
     * Creates the service.
     *
     * @param dsl         the jOOQ context of the application's database, not null
     * @param statistics  the loader of the national statistics, not null
     */
    public TracingSummary(DSLContext dsl, ReportData statistics) {
        this.dsl = dsl;
        this.statistics = statistics;
    }

    /**
     * Tells whether the database holds any trace request or firearm item of the region.
     *
     * @param region  the region, not null
     * @return true if there is something to summarise
     */
    public boolean hasRecords(Region region) {
        return dsl.fetchExists(TRACING_REQUEST, TRACING_REQUEST.REQUESTING_STATE.in(codes(region)))
                || dsl.fetchExists(dsl.selectOne().from(CASE_ITEM).join(CASE_EVENT).on(CASE_EVENT.EVENT_ID.eq(
                        CASE_ITEM.EVENT_ID)).where(CASE_ITEM.ITEM_CLASS.eq("FIREARM")
                        .and(CASE_EVENT.REF_AREA.in(codes(region)))));
    }

    /**
     * Counts the trace requests the region's states sent, by requested state, with their lifecycle and response
     * times.
     *
     * @param region  the region whose requests (by requesting state) are counted, not null
     * @return the overview, not null
     */
    public TracingOverview overview(Region region) {
        return overview(region, region.members());
    }

    /**
     * Counts the trace requests some of the region's states sent, by requested state, with their lifecycle and
     * response times.
     *
     * @param region      the region the overview is of, not null
     * @param requesting  the requesting states whose requests are counted, not null
     * @return the overview, not null
     */
    public TracingOverview overview(Region region, Collection<Country> requesting) {
        Field<Integer> days = DSL.field("{0} - {1}", Integer.class, TRACING_REQUEST.DATE_ANSWERED,
                TRACING_REQUEST.DATE_SENT);
        Field<String> state = TRACING_REQUEST.REQUESTED_STATE;
        List<RequestedStateFigures> rows = new ArrayList<>();
        RequestedStateFigures total = new RequestedStateFigures(RequestedStateFigures.TOTAL, 0, 0, 0, 0, 0, 0, null,
                null);
        boolean synthetic = false;
        // ROLLUP adds the total row (state NULL); NULL days of unanswered requests are ignored by the percentiles
        for (Record r : dsl.select(state, DSL.count(),
                        DSL.count().filterWhere(TRACING_REQUEST.DATE_ANSWERED.isNotNull()),
                        DSL.count().filterWhere(TRACING_REQUEST.OUTCOME.eq(ORIGIN_ESTABLISHED)),
                        DSL.count().filterWhere(TRACING_REQUEST.OUTCOME.eq("NOT_ESTABLISHED")),
                        DSL.count().filterWhere(TRACING_REQUEST.OUTCOME.eq("PENDING")),
                        DSL.count().filterWhere(TRACING_REQUEST.OUTCOME.eq("NO_RESPONSE")),
                        DSL.percentileCont(0.5).withinGroupOrderBy(days),
                        DSL.percentileCont(0.9).withinGroupOrderBy(days),
                        DSL.boolOr(TRACING_REQUEST.SYNTHETIC),
                        DSL.grouping(state))
                .from(TRACING_REQUEST)
                .where(TRACING_REQUEST.REQUESTING_STATE.in(requesting.stream().map(Country::alpha2).toList()))
                .groupBy(DSL.rollup(state))
                .orderBy(DSL.grouping(state), state)
                .fetch()) {
            boolean isTotal = r.get(10, Integer.class) == 1;
            RequestedStateFigures figures = new RequestedStateFigures(
                    isTotal ? RequestedStateFigures.TOTAL : r.get(0, String.class), r.get(1, Long.class),
                    r.get(2, Long.class), r.get(3, Long.class), r.get(4, Long.class), r.get(5, Long.class),
                    r.get(6, Long.class), r.get(7, Double.class), r.get(8, Double.class));
            if (isTotal) {
                total = figures;
                synthetic = Boolean.TRUE.equals(r.get(9, Boolean.class));
            } else {
                rows.add(figures);
            }
        }
        return new TracingOverview(region.code(), rows, total, synthetic);
    }

    /**
     * Computes SDG 16.4.2 and its inputs from the case records of the region's states and reconciles them with
     * the national statistics.
     *
     * @param region  the region, not null
     * @return the reconciliation, by state and year, not null
     */
    public Sdg1642Reconciliation reconcile(Region region) {
        // state and year -> {denominator, numerator} from the records
        Map<String, Map<Integer, long[]>> records = new TreeMap<>();
        boolean synthetic = false;
        Table<?> established = DSL.selectDistinct(TRACING_REQUEST.ITEM_ID).from(TRACING_REQUEST)
                .where(TRACING_REQUEST.OUTCOME.eq(ORIGIN_ESTABLISHED)).asTable("established");
        Field<String> establishedItem = established.field(TRACING_REQUEST.ITEM_ID);
        Field<Integer> year = DSL.extract(CASE_EVENT.EVENT_DATE, DatePart.YEAR);
        for (Record r : dsl.select(CASE_EVENT.REF_AREA, year, DSL.sum(CASE_ITEM.QUANTITY),
                        DSL.sum(CASE_ITEM.QUANTITY).filterWhere(establishedItem.isNotNull()),
                        DSL.boolOr(CASE_ITEM.SYNTHETIC))
                .from(CASE_ITEM)
                .join(CASE_EVENT).on(CASE_EVENT.EVENT_ID.eq(CASE_ITEM.EVENT_ID))
                .leftJoin(established).on(establishedItem.eq(CASE_ITEM.ITEM_ID))
                .where(CASE_ITEM.ITEM_CLASS.eq("FIREARM")
                        .and(CASE_EVENT.EVENT.in("SEIZED", "FOUND", "SURRENDERED"))
                        .and(CASE_EVENT.REF_AREA.in(codes(region))))
                .groupBy(CASE_EVENT.REF_AREA, year)
                .fetch()) {
            Long numerator = r.get(3, Long.class);
            records.computeIfAbsent(r.get(0, String.class), a -> new TreeMap<>())
                    .put(r.get(1, Integer.class), new long[] {r.get(2, Long.class), numerator == null ? 0 : numerator});
            synthetic |= Boolean.TRUE.equals(r.get(4, Boolean.class));
        }
        // requesting state and year sent -> {sent, answered}
        Map<String, Map<Integer, long[]>> requests = new TreeMap<>();
        Field<Integer> yearSent = DSL.extract(TRACING_REQUEST.DATE_SENT, DatePart.YEAR);
        for (Record r : dsl.select(TRACING_REQUEST.REQUESTING_STATE, yearSent, DSL.count(),
                        DSL.count().filterWhere(TRACING_REQUEST.DATE_ANSWERED.isNotNull()),
                        DSL.boolOr(TRACING_REQUEST.SYNTHETIC))
                .from(TRACING_REQUEST)
                .where(TRACING_REQUEST.REQUESTING_STATE.in(codes(region)))
                .groupBy(TRACING_REQUEST.REQUESTING_STATE, yearSent)
                .fetch()) {
            requests.computeIfAbsent(r.get(0, String.class), a -> new TreeMap<>())
                    .put(r.get(1, Integer.class), new long[] {r.get(2, Long.class), r.get(3, Long.class)});
            synthetic |= Boolean.TRUE.equals(r.get(4, Boolean.class));
        }

        List<Observation> observations = statistics.observations(region, 1900, 2100);
        synthetic |= observations.stream().anyMatch(o -> o.source().synthetic());
        Map<String, Map<Integer, Sdg1642Rate>> official = new TreeMap<>();
        for (Sdg1642Rate rate : Sdg1642.fromObservations(observations)) {
            official.computeIfAbsent(rate.country().alpha2(), a -> new TreeMap<>()).put(rate.year(), rate);
        }
        Map<String, Map<Integer, Map<Indicator, Long>>> officialRequests = new TreeMap<>();
        for (Observation o : observations) {
            Indicator indicator = o.key().indicator();
            if ((indicator == Indicator.TRACE_REQUESTS_SENT || indicator == Indicator.TRACE_REQUESTS_ANSWERED)
                    && o.period().isAnnual() && o.key().dimensions().equals(Dimensions.total())) {
                OptionalLong value = o.value().asLong();
                if (value.isPresent()) {
                    officialRequests.computeIfAbsent(o.key().area().alpha2(), a -> new TreeMap<>())
                            .computeIfAbsent(o.period().year(), y -> new TreeMap<>()).put(indicator, value.getAsLong());
                }
            }
        }

        List<Sdg1642Comparison> rates = new ArrayList<>();
        List<FigureComparison> figures = new ArrayList<>();
        for (String area : union(records.keySet(), official.keySet(), requests.keySet(), officialRequests.keySet())) {
            Map<Integer, long[]> recordYears = records.getOrDefault(area, Map.of());
            Map<Integer, Sdg1642Rate> officialYears = official.getOrDefault(area, Map.of());
            Map<Integer, long[]> requestYears = requests.getOrDefault(area, Map.of());
            Map<Integer, Map<Indicator, Long>> officialRequestYears = officialRequests.getOrDefault(area, Map.of());
            for (int y : union(recordYears.keySet(), officialYears.keySet(), requestYears.keySet(),
                    officialRequestYears.keySet())) {
                long[] counts = recordYears.get(y);
                Sdg1642Rate rate = officialYears.get(y);
                if (counts != null || rate != null) {
                    rates.add(compare(area, y, counts, rate));
                    figures.add(FigureComparison.of(area, y, Indicator.ITEMS, counts == null ? null : counts[0],
                            rate == null ? null : boxed(rate.denominator())));
                    figures.add(FigureComparison.of(area, y, Indicator.ORIGIN_ESTABLISHED,
                            counts == null ? null : counts[1], rate == null ? null : boxed(rate.numerator())));
                }
                long[] sent = requestYears.get(y);
                Map<Indicator, Long> reported = officialRequestYears.getOrDefault(y, Map.of());
                if (sent != null || !reported.isEmpty()) {
                    figures.add(FigureComparison.of(area, y, Indicator.TRACE_REQUESTS_SENT,
                            sent == null ? null : sent[0], reported.get(Indicator.TRACE_REQUESTS_SENT)));
                    figures.add(FigureComparison.of(area, y, Indicator.TRACE_REQUESTS_ANSWERED,
                            sent == null ? null : sent[1], reported.get(Indicator.TRACE_REQUESTS_ANSWERED)));
                }
            }
        }
        long differences = rates.stream().filter(r -> r.agreement() != Agreement.EQUAL).count()
                + figures.stream().filter(f -> f.agreement() != Agreement.EQUAL).count();
        return new Sdg1642Reconciliation(region.code(), rates, figures, differences, synthetic);
    }

    /** The rate of one state and year from both sides; {@code counts} is {denominator, numerator} or null. */
    private static Sdg1642Comparison compare(String area, int year, long[] counts, Sdg1642Rate official) {
        Sdg1642Rate fromRecords = counts == null ? null
                : Sdg1642Rate.of(Country.of(area), year, counts[1], counts[0]);
        Double recordsPercent = fromRecords == null ? null : boxed(fromRecords.percent());
        Double statisticsPercent = official == null ? null : boxed(official.percent());
        Agreement agreement;
        if (official == null || (official.numerator().isEmpty() && official.denominator().isEmpty())) {
            agreement = Agreement.RECORDS_ONLY;
        } else if (fromRecords == null) {
            agreement = Agreement.STATISTICS_ONLY;
        } else if (recordsPercent == null || statisticsPercent == null) {
            agreement = Agreement.NOT_COMPARABLE;
        } else {
            agreement = official.numerator().getAsLong() == counts[1] && official.denominator().getAsLong() == counts[0]
                    ? Agreement.EQUAL : Agreement.DIFFERENT;
        }
        return new Sdg1642Comparison(area, year, counts == null ? null : counts[1], counts == null ? null : counts[0],
                recordsPercent, official == null ? null : boxed(official.numerator()),
                official == null ? null : boxed(official.denominator()), statisticsPercent,
                official == null ? null : official.reason().map(Enum::name).orElse(null),
                recordsPercent == null || statisticsPercent == null ? null : recordsPercent - statisticsPercent,
                agreement);
    }

    private static Long boxed(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }

    private static Double boxed(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    @SafeVarargs
    private static <T extends Comparable<T>> Set<T> union(Set<T>... sets) {
        Set<T> all = new TreeSet<>();
        for (Set<T> set : sets) {
            all.addAll(set);
        }
        return all;
    }

    private static List<String> codes(Region region) {
        return region.members().stream().map(Country::alpha2).toList();
    }
}
