package org.salwmonitor.batch.digest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.salwmonitor.batch.matching.CrossBorderMatcher;
import org.salwmonitor.batch.matching.MatchReport;
import org.salwmonitor.batch.matching.MatchStrength;
import org.salwmonitor.batch.matching.MatchedRecord;
import org.salwmonitor.batch.matching.RecordKind;
import org.salwmonitor.batch.tracing.RequestedStateFigures;
import org.salwmonitor.batch.tracing.Sdg1642Comparison;
import org.salwmonitor.batch.tracing.TracingOverview;
import org.salwmonitor.batch.tracing.TracingSummary;
import org.salwmonitor.core.casefile.EventType;
import org.salwmonitor.core.casefile.LossKind;
import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.geo.Region;
import org.salwmonitor.core.sdg.Sdg1642Rate;
import org.salwmonitor.reports.Classification;
import org.salwmonitor.reports.ReportMetadata;
import org.salwmonitor.reports.digest.CaseDigestModel;
import org.salwmonitor.reports.digest.CaseDigestModel.CaseSummary;
import org.salwmonitor.reports.digest.CaseDigestModel.MatchRecord;
import org.salwmonitor.reports.digest.CaseDigestModel.MatchSet;
import org.salwmonitor.reports.digest.CaseDigestModel.SdgReconciliation;
import org.salwmonitor.reports.digest.CaseDigestModel.TracingByState;

/**
 * Builds the restricted case digest of a region and years from the database: the case summaries
 * ({@link CaseSummaries}), the cross-border match sets with a record in the region ({@link CrossBorderMatcher}),
 * the trace requests of the region by requested state and SDG 16.4.2 from the records reconciled with the
 * national statistics ({@link TracingSummary}). Restricted material: only {@code report case-digest
 * --restricted} and {@code demo --restricted} call it, never the public pack.
 */
@Component
public class CaseDigestData {

    private final CaseSummaries cases;
    private final CrossBorderMatcher matcher;
    private final TracingSummary tracing;

    /**
     * Creates the loader.
     *
     * @param cases    the case summaries, not null
     * @param matcher  the cross-border matcher, not null
     * @param tracing  the tracing figures, not null
     */
    public CaseDigestData(CaseSummaries cases, CrossBorderMatcher matcher, TracingSummary tracing) {
        this.cases = cases;
        this.matcher = matcher;
        this.tracing = tracing;
    }

    /**
     * Loads the digest model, or nothing when there are no case records in the region.
     *
     * @param region    the region, not null
     * @param fromYear  the first year
     * @param toYear    the last year
     * @return the model, or empty when there is nothing to report
     */
    public Optional<CaseDigestModel> load(Region region, int fromYear, int toYear) {
        return load(region, Optional.empty(), fromYear, toYear);
    }

    /**
     * Loads the digest model of a region, or of one of its states, or nothing when there are no case records in
     * the region. Limited to a state, it holds that state's cases and SDG rows, the match sets with a record of
     * that state (their other records included: they are the point) and the trace requests the state sent.
     *
     * @param region    the region, not null
     * @param state     the member state to limit the digest to, or empty for the whole region
     * @param fromYear  the first year
     * @param toYear    the last year
     * @return the model, or empty when there is nothing to report
     */
    public Optional<CaseDigestModel> load(Region region, Optional<Country> state, int fromYear, int toYear) {
        if (!tracing.hasRecords(region)) {
            return Optional.empty();
        }
        List<Country> states = state.map(List::of).orElse(region.members());
        List<CaseSummary> summaries = cases.load(states, fromYear, toYear);
        MatchReport matches = matcher.find(MatchStrength.ONE_CHARACTER_APART, Optional.of(region));
        TracingOverview overview = tracing.overview(region, states);
        List<SdgReconciliation> sdg = new ArrayList<>();
        for (Sdg1642Comparison row : tracing.reconcile(region).rates()) {
            Country rowState = Country.of(row.area());
            if (row.year() >= fromYear && row.year() <= toYear && states.contains(rowState)) {
                sdg.add(new SdgReconciliation(
                        rate(rowState, row.year(), row.recordsNumerator(), row.recordsDenominator()),
                        rate(rowState, row.year(), row.statisticsNumerator(), row.statisticsDenominator())));
            }
        }
        LocalDate asOf = summaries.stream().map(CaseSummary::date).max(LocalDate::compareTo)
                .orElse(LocalDate.of(toYear, 12, 31));
        ReportMetadata metadata = new ReportMetadata(region, fromYear, toYear, Classification.RESTRICTED,
                ZonedDateTime.now(ZoneOffset.UTC), asOf, matches.synthetic() || overview.synthetic(), List.of());
        return Optional.of(new CaseDigestModel(metadata, summaries, matchSets(matches, states),
                tracingRows(overview), sdg, state.orElse(null)));
    }

    /** The match sets holding a record of one of the states. */
    private static List<MatchSet> matchSets(MatchReport report, List<Country> states) {
        Set<String> codes = states.stream().map(Country::alpha2).collect(Collectors.toSet());
        List<MatchSet> sets = new ArrayList<>();
        for (var set : report.sets()) {
            if (set.records().stream().noneMatch(record -> codes.contains(record.area()))) {
                continue;
            }
            List<MatchRecord> records = set.records().stream().map(CaseDigestData::record).toList();
            sets.add(new MatchSet(set.id(),
                    org.salwmonitor.reports.digest.MatchStrength.valueOf(set.weakest().name()), records));
        }
        return sets;
    }

    private static MatchRecord record(MatchedRecord record) {
        Country country = Country.of(record.area());
        return record.kind() == RecordKind.ITEM
                ? MatchRecord.item(record.recordId(), record.eventId(), EventType.valueOf(record.occurrence()), country,
                        null, record.date(), record.make(), record.model(), record.calibre(), record.serial(),
                        record.synthetic())
                : MatchRecord.lossReport(record.recordId(), LossKind.valueOf(record.occurrence()), country,
                        record.date(), record.make(), record.model(), record.calibre(), record.serial(),
                        record.synthetic());
    }

    /** Requested states that are countries (a request to the former USSR, {@code SUHH}, is in the total only). */
    private static List<TracingByState> tracingRows(TracingOverview overview) {
        List<TracingByState> rows = new ArrayList<>();
        for (RequestedStateFigures figures : overview.byRequestedState()) {
            if (figures.requestedState().length() != 2) {
                continue;
            }
            rows.add(new TracingByState(Country.of(figures.requestedState()), figures.sent(), figures.answered(),
                    figures.originEstablished(), figures.pending(), figures.noResponse(),
                    figures.medianResponseDays() == null ? OptionalDouble.empty()
                            : OptionalDouble.of(figures.medianResponseDays())));
        }
        return rows;
    }

    private static Sdg1642Rate rate(Country state, int year, Long numerator, Long denominator) {
        return new Sdg1642Rate(state, year, numerator == null ? OptionalLong.empty() : OptionalLong.of(numerator),
                denominator == null ? OptionalLong.empty() : OptionalLong.of(denominator));
    }
}
