package org.salwmonitor.batch.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Result;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import org.salwmonitor.batch.db.tables.records.ObservationRecord;
import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.geo.Region;
import org.salwmonitor.core.law.ActionLevel;
import org.salwmonitor.core.law.ActionType;
import org.salwmonitor.core.law.Instrument;
import org.salwmonitor.core.law.Participation;
import org.salwmonitor.core.law.ParticipationAction;
import org.salwmonitor.core.law.ReportSubmission;
import org.salwmonitor.core.law.ReportVisibility;
import org.salwmonitor.core.law.ReportingObligation;
import org.salwmonitor.core.statistics.Confidentiality;
import org.salwmonitor.core.statistics.Dimensions;
import org.salwmonitor.core.statistics.Indicator;
import org.salwmonitor.core.statistics.Observation;
import org.salwmonitor.core.statistics.ObservationStatus;
import org.salwmonitor.core.statistics.ObservationValue;
import org.salwmonitor.core.statistics.Period;
import org.salwmonitor.core.statistics.SeriesKey;
import org.salwmonitor.core.statistics.Source;
import org.salwmonitor.core.statistics.UnitOfMeasure;
import org.salwmonitor.reports.SourceFile;
import org.salwmonitor.reports.StatisticsAggregates;

import static org.salwmonitor.batch.db.Tables.OBSERVATION;
import static org.salwmonitor.batch.db.Tables.PARTICIPATION_ACTION;
import static org.salwmonitor.batch.db.Tables.REPORT_SUBMISSION;
import static org.salwmonitor.batch.db.Tables.SOURCE_FILE;

/**
 * Loads from PostgreSQL what the report models of a region need, as core-model values.
 *
 * <p>The statistics are never loaded row by row for a report: every figure the reports print is aggregated
 * in PostgreSQL ({@link SqlAggregates}: key indicator values with their regional totals, weapon types summed
 * over events, SDG 16.4.2 inputs and pooled rates, completeness, validation sums), and so are the span of
 * years present, the day the data are "as of", whether any row is synthetic, and the rows per source file of
 * the data sources annex. The report models then apply disclosure control to the aggregated cells.
 *
 * <p>A report submission without a date of receipt cannot become a core-model {@link ReportSubmission}
 * (which needs the day to judge timeliness): it is left out, counted in
 * {@link ReportInputs#submissionsWithoutDate()} and logged.
 */
@Component
public class ReportData {

    private static final Logger log = LoggerFactory.getLogger(ReportData.class);

    private final DSLContext dsl;
    private final SqlAggregates aggregates;

    /**
     * Creates the loader.
     *
     * @param dsl  the jOOQ context of the application's database, not null
     */
    public ReportData(DSLContext dsl) {
        this.dsl = dsl;
        this.aggregates = new SqlAggregates(dsl);
    }

    /**
     * The first and last year with an annual observation of a member of the region.
     *
     * @param from  the first year
     * @param to    the last year
     */
    public record YearSpan(int from, int to) {
    }

    /**
     * Returns the span of years with annual observations of the region's members.
     *
     * @param region  the region, not null
     * @return the span, or empty if the region has no annual observation
     */
    public Optional<YearSpan> years(Region region) {
        Record record = dsl.select(DSL.min(OBSERVATION.TIME_PERIOD), DSL.max(OBSERVATION.TIME_PERIOD))
                .from(OBSERVATION)
                .where(inRegion(region).and(annual()))
                .fetchOne();
        if (record == null || record.get(0) == null) {
            return Optional.empty();
        }
        return Optional.of(new YearSpan(Integer.parseInt(record.get(0, String.class)),
                Integer.parseInt(record.get(1, String.class))));
    }

    /**
     * Loads the inputs of the reports on a region and span of years.
     *
     * @param region    the region, not null
     * @param fromYear  the first year
     * @param toYear    the last year, not before {@code fromYear}
     * @return the inputs, or empty if no annual observation of a member falls within the years
     */
    public Optional<ReportInputs> load(Region region, int fromYear, int toYear) {
        Condition selection = selection(region, fromYear, toYear);
        Record summary = dsl.select(DSL.count(), DSL.max(OBSERVATION.UPDATED_AT), DSL.boolOr(OBSERVATION.SYNTHETIC))
                .from(OBSERVATION)
                .where(selection)
                .fetchOne();
        if (summary == null || summary.get(0, Integer.class) == 0) {
            return Optional.empty();
        }
        LocalDate dataAsOf = summary.get(1, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        boolean syntheticStatistics = Boolean.TRUE.equals(summary.get(2, Boolean.class));
        boolean synthetic = syntheticStatistics || anyLegalSynthetic(region);
        StatisticsAggregates figures = aggregates.compute(StatisticsAggregates.Scope.of(region, fromYear, toYear),
                selection, syntheticStatistics);
        List<ReportSubmission> submissions = new ArrayList<>();
        long withoutDate = submissions(region, submissions);
        if (withoutDate > 0) {
            log.info("{} report submission(s) of {} have no date of receipt and are left out of the compliance"
                    + " assessment (core-model needs the day)", withoutDate, region.code());
        }
        return Optional.of(new ReportInputs(region, fromYear, toYear, summary.get(0, Integer.class), figures,
                participations(region),
                submissions, withoutDate, sourceFiles(region, selection), dataAsOf, synthetic));
    }

    /**
     * Computes the aggregates of a scope in the database, as {@link #load} does for the default scope.
     *
     * @param scope  what to aggregate, not null
     * @return the aggregates, not null
     */
    public StatisticsAggregates aggregates(StatisticsAggregates.Scope scope) {
        Condition selection = selection(scope.region(), scope.fromYear(), scope.toYear());
        Boolean synthetic = dsl.select(DSL.boolOr(OBSERVATION.SYNTHETIC)).from(OBSERVATION).where(selection)
                .fetchOne(0, Boolean.class);
        return aggregates.compute(scope, selection, Boolean.TRUE.equals(synthetic));
    }

    /**
     * Returns where each cell of the SDMX export of a scope came from, aggregated in the database.
     *
     * @param scope  the scope of the exported report, not null
     * @return the sources by series key and year, not null
     */
    public Map<SeriesKey, Map<Integer, SdmxCsvExport.Source>> exportSources(StatisticsAggregates.Scope scope) {
        return aggregates.exportSources(scope, selection(scope.region(), scope.fromYear(), scope.toYear()));
    }

    /**
     * Returns the annual observations of the region's members within the years, as core-model values: the
     * raw rows, which the reports do not use (they take {@link #aggregates}); for checks that recompute the
     * aggregates independently, and for exports of the stored data.
     *
     * @param region    the region, not null
     * @param fromYear  the first year
     * @param toYear    the last year
     * @return the observations, ordered by series key and period, not null
     */
    public List<Observation> observations(Region region, int fromYear, int toYear) {
        return observations(selection(region, fromYear, toYear));
    }

    private List<Observation> observations(Condition selection) {
        return dsl.selectFrom(OBSERVATION)
                .where(selection)
                .orderBy(OBSERVATION.REF_AREA, OBSERVATION.INDICATOR, OBSERVATION.EVENT, OBSERVATION.ITEM_CLASS,
                        OBSERVATION.WEAPON_TYPE, OBSERVATION.CONTEXT, OBSERVATION.UNIT_MEASURE, OBSERVATION.TIME_PERIOD)
                .fetch(ReportData::toObservation);
    }

    private static Observation toObservation(ObservationRecord row) {
        SeriesKey key = new SeriesKey(Country.of(row.getRefArea()), Indicator.parse(row.getIndicator()),
                Dimensions.parse(row.getEvent(), row.getItemClass(), row.getWeaponType(), row.getContext()),
                UnitOfMeasure.valueOf(row.getUnitMeasure()));
        ObservationStatus status = ObservationStatus.fromSdmxCode(row.getObsStatus());
        ObservationValue value = row.getObsValue() == null ? ObservationValue.missing(status)
                : ObservationValue.count(row.getObsValue());
        Source source = new Source(row.getSourceAgency(), row.getSourceRef() == null ? "" : row.getSourceRef(),
                row.getSynthetic());
        return new Observation(key, Period.parse(row.getTimePeriod()), value, status,
                Confidentiality.fromSdmxCode(row.getConfStatus()), source);
    }

    /**
     * Returns the recorded participation of the region's members in instruments: one {@link Participation}
     * per state and instrument with at least one recorded act. States and instruments without a record
     * are left to the report model, which takes them from the shipped reference data.
     *
     * @param region  the region, not null
     * @return the participations, ordered by state and instrument, not null
     */
    public List<Participation> participations(Region region) {
        Map<List<String>, List<ParticipationAction>> byStateAndInstrument = new LinkedHashMap<>();
        dsl.selectFrom(PARTICIPATION_ACTION)
                .where(PARTICIPATION_ACTION.STATE.in(codes(region)))
                .orderBy(PARTICIPATION_ACTION.STATE, PARTICIPATION_ACTION.INSTRUMENT, PARTICIPATION_ACTION.ACTION_DATE,
                        PARTICIPATION_ACTION.ACTION)
                .forEach(row -> byStateAndInstrument
                        .computeIfAbsent(List.of(row.getState(), row.getInstrument()), k -> new ArrayList<>())
                        .add(new ParticipationAction(ActionType.valueOf(row.getAction()),
                                ActionLevel.valueOf(row.getLevel()), Optional.ofNullable(row.getActionDate()),
                                row.getVerified(), row.getSource())));
        List<Participation> participations = new ArrayList<>();
        byStateAndInstrument.forEach((key, actions) ->
                participations.add(new Participation(Country.of(key.get(0)), Instrument.of(key.get(1)), actions)));
        return participations;
    }

    /**
     * Adds the recorded report submissions of the region's members that carry a date of receipt.
     *
     * @param region  the region, not null
     * @param into    where to add them, not null
     * @return how many were left out because their date of receipt is not known
     */
    public long submissions(Region region, List<ReportSubmission> into) {
        long withoutDate = 0;
        for (var row : dsl.selectFrom(REPORT_SUBMISSION)
                .where(REPORT_SUBMISSION.STATE.in(codes(region)))
                .orderBy(REPORT_SUBMISSION.STATE, REPORT_SUBMISSION.OBLIGATION, REPORT_SUBMISSION.CYCLE)
                .fetch()) {
            if (row.getDateReceived() == null) {
                withoutDate++;
                continue;
            }
            into.add(new ReportSubmission(Country.of(row.getState()), ReportingObligation.of(row.getObligation()),
                    row.getCycle(), row.getDateReceived(), ReportVisibility.valueOf(row.getPublicity()),
                    row.getSource()));
        }
        return withoutDate;
    }

    /**
     * The files behind the report: each file that supplied a row the report uses (an observation of the
     * selection, or a legal record of a member), with its SHA-256, the day it was first imported and the
     * number of its rows current in the database (observations, participation acts and submissions,
     * counted in SQL).
     */
    private List<SourceFile> sourceFiles(Region region, Condition selection) {
        List<String> members = codes(region);
        Table<?> used = dsl.select(OBSERVATION.SOURCE_FILE_ID.as("file_id")).from(OBSERVATION).where(selection)
                .union(dsl.select(PARTICIPATION_ACTION.SOURCE_FILE_ID).from(PARTICIPATION_ACTION)
                        .where(PARTICIPATION_ACTION.STATE.in(members)))
                .union(dsl.select(REPORT_SUBMISSION.SOURCE_FILE_ID).from(REPORT_SUBMISSION)
                        .where(REPORT_SUBMISSION.STATE.in(members)))
                .asTable("used");
        Table<?> rows = dsl.select(OBSERVATION.SOURCE_FILE_ID.as("file_id"), DSL.count().as("n"))
                .from(OBSERVATION).groupBy(OBSERVATION.SOURCE_FILE_ID)
                .unionAll(dsl.select(PARTICIPATION_ACTION.SOURCE_FILE_ID, DSL.count()).from(PARTICIPATION_ACTION)
                        .groupBy(PARTICIPATION_ACTION.SOURCE_FILE_ID))
                .unionAll(dsl.select(REPORT_SUBMISSION.SOURCE_FILE_ID, DSL.count()).from(REPORT_SUBMISSION)
                        .groupBy(REPORT_SUBMISSION.SOURCE_FILE_ID))
                .asTable("rows");
        Field<Long> fileId = rows.field("file_id", Long.class);
        Field<BigDecimal> rowCount = DSL.sum(rows.field("n", Integer.class)).as("row_count");
        Result<Record2<Long, BigDecimal>> counts = dsl.select(fileId, rowCount)
                .from(rows)
                .where(fileId.in(dsl.select(used.field("file_id", Long.class)).from(used)))
                .groupBy(fileId)
                .fetch();
        Map<Long, Long> rowsByFile = new LinkedHashMap<>();
        counts.forEach(count -> rowsByFile.put(count.value1(), count.value2().longValue()));
        if (rowsByFile.isEmpty()) {
            return List.of();
        }
        return dsl.selectFrom(SOURCE_FILE)
                .where(SOURCE_FILE.ID.in(rowsByFile.keySet()))
                .orderBy(SOURCE_FILE.FIRST_IMPORTED_AT, SOURCE_FILE.ID)
                .fetch(file -> new SourceFile(file.getFileName(), file.getSha256().strip(),
                        file.getFirstImportedAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate(),
                        rowsByFile.get(file.getId())));
    }

    private boolean anyLegalSynthetic(Region region) {
        List<String> members = codes(region);
        return dsl.fetchExists(PARTICIPATION_ACTION,
                PARTICIPATION_ACTION.STATE.in(members).and(PARTICIPATION_ACTION.SYNTHETIC.isTrue()))
                || dsl.fetchExists(REPORT_SUBMISSION,
                        REPORT_SUBMISSION.STATE.in(members).and(REPORT_SUBMISSION.SYNTHETIC.isTrue()));
    }

    private static Condition selection(Region region, int fromYear, int toYear) {
        // Annual periods are 'YYYY', so a text comparison orders them as years.
        return inRegion(region).and(annual())
                .and(OBSERVATION.TIME_PERIOD.between(String.valueOf(fromYear), String.valueOf(toYear)));
    }

    private static Condition inRegion(Region region) {
        return OBSERVATION.REF_AREA.in(codes(region));
    }

    private static Condition annual() {
        return DSL.charLength(OBSERVATION.TIME_PERIOD).eq(4);
    }

    private static List<String> codes(Region region) {
        return region.members().stream().map(Country::alpha2).toList();
    }
}
