package org.salwmonitor.batch.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.csv.CSVRecord;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.salwmonitor.batch.CaseRecordsTestFixture;
import org.salwmonitor.batch.DatabaseTestSupport;
import org.salwmonitor.batch.SalwIntegrationTest;
import org.salwmonitor.batch.statistics.StatisticsImporter;
import org.salwmonitor.core.geo.Region;
import org.salwmonitor.core.statistics.Indicator;
import org.salwmonitor.sampledata.SampleData;

/** Checks the figures against calculations made here, independently, from the sample CSV files. */
@SalwIntegrationTest
class TracingSummaryIT {

    @Autowired
    TracingSummary summary;

    @Autowired
    StatisticsImporter statistics;

    @Autowired
    DSLContext dsl;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @BeforeEach
    void load() throws Exception {
        DatabaseTestSupport.cleanData(jdbc);
        CaseRecordsTestFixture.loadSampleCaseRecords(dsl);
        statistics.importFile(DatabaseTestSupport.sampleFile(SampleData.STATISTICS, dir),
                StatisticsImporter.Options.defaults());
    }

    /** percentile_cont: linear interpolation between the closest ranks. */
    private static double percentile(List<Long> values, double p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        double position = p * (sorted.size() - 1);
        int lower = (int) Math.floor(position);
        int upper = (int) Math.ceil(position);
        return sorted.get(lower) + (position - lower) * (sorted.get(upper) - sorted.get(lower));
    }

    @Test
    void countsTheLifecycleAndResponseTimesByRequestedState() {
        // given: the expected figures from tracing-requests.csv
        Map<String, long[]> expected = new TreeMap<>();
        Map<String, List<Long>> days = new HashMap<>();
        List<Long> allDays = new ArrayList<>();
        List<CSVRecord> requests = CaseRecordsTestFixture.read(SampleData.TRACING_REQUESTS);
        for (CSVRecord r : requests) {
            long[] f = expected.computeIfAbsent(r.get("REQUESTED_STATE"), s -> new long[6]);
            f[0]++;
            String outcome = r.get("OUTCOME");
            if (!r.get("DATE_ANSWERED").isEmpty()) {
                f[1]++;
                long d = ChronoUnit.DAYS.between(LocalDate.parse(r.get("DATE_SENT")),
                        LocalDate.parse(r.get("DATE_ANSWERED")));
                days.computeIfAbsent(r.get("REQUESTED_STATE"), s -> new ArrayList<>()).add(d);
                allDays.add(d);
            }
            f[2] += outcome.equals("ORIGIN_ESTABLISHED") ? 1 : 0;
            f[3] += outcome.equals("NOT_ESTABLISHED") ? 1 : 0;
            f[4] += outcome.equals("PENDING") ? 1 : 0;
            f[5] += outcome.equals("NO_RESPONSE") ? 1 : 0;
        }
        // when
        TracingOverview overview = summary.overview(Region.centralAsia());
        // then
        assertThat(overview.byRequestedState()).extracting(RequestedStateFigures::requestedState)
                .containsExactlyElementsOf(expected.keySet());
        for (RequestedStateFigures f : overview.byRequestedState()) {
            long[] e = expected.get(f.requestedState());
            assertThat(new long[] {f.sent(), f.answered(), f.originEstablished(), f.notEstablished(), f.pending(),
                f.noResponse()}).as(f.requestedState()).containsExactly(e);
            List<Long> d = days.get(f.requestedState());
            if (d == null) {
                assertThat(f.medianResponseDays()).isNull();
            } else {
                assertThat(f.medianResponseDays()).isCloseTo(percentile(d, 0.5), within(1e-9));
                assertThat(f.p90ResponseDays()).isCloseTo(percentile(d, 0.9), within(1e-9));
            }
        }
        assertThat(overview.total().sent()).isEqualTo(requests.size());
        assertThat(overview.total().medianResponseDays()).isCloseTo(percentile(allDays, 0.5), within(1e-9));
        assertThat(overview.total().pending() + overview.total().noResponse() + overview.total().answered())
                .isEqualTo(requests.size());
        assertThat(overview.synthetic()).isTrue();
    }

    @Test
    void computesSdg1642FromItemOutcomesAndListsEveryDifferenceWithTheStatistics() {
        // given: records side from the CSVs: firearms by state and year of the event, and those traced
        Map<String, CSVRecord> events = new HashMap<>();
        CaseRecordsTestFixture.read(SampleData.EVENTS).forEach(e -> events.put(e.get("EVENT_ID"), e));
        Set<String> established = new HashSet<>();
        Map<String, long[]> requests = new TreeMap<>();
        for (CSVRecord r : CaseRecordsTestFixture.read(SampleData.TRACING_REQUESTS)) {
            if (r.get("OUTCOME").equals("ORIGIN_ESTABLISHED")) {
                established.add(r.get("ITEM_ID"));
            }
            long[] sent = requests.computeIfAbsent(r.get("REQUESTING_STATE") + " " + r.get("DATE_SENT").substring(0, 4),
                    k -> new long[2]);
            sent[0]++;
            sent[1] += r.get("DATE_ANSWERED").isEmpty() ? 0 : 1;
        }
        Map<String, long[]> firearms = new TreeMap<>();
        for (CSVRecord i : CaseRecordsTestFixture.read(SampleData.ITEMS)) {
            if (i.get("ITEM_CLASS").equals("FIREARM")) {
                CSVRecord e = events.get(i.get("EVENT_ID"));
                long[] f = firearms.computeIfAbsent(e.get("REF_AREA") + " " + e.get("EVENT_DATE").substring(0, 4),
                        k -> new long[2]);
                f[0] += Long.parseLong(i.get("QUANTITY"));
                f[1] += established.contains(i.get("ITEM_ID")) ? Long.parseLong(i.get("QUANTITY")) : 0;
            }
        }
        // statistics side from the CSV: the three events summed, or their total; the annual totals of requests
        Map<String, Map<String, Long>> stats = new HashMap<>();
        for (CSVRecord o : CaseRecordsTestFixture.read(SampleData.STATISTICS)) {
            if (o.get("TIME_PERIOD").length() == 4 && !o.get("OBS_VALUE").isEmpty()
                    && o.get("WEAPON_TYPE").equals("_T") && o.get("CONTEXT").equals("_T")) {
                String key = o.get("REF_AREA") + " " + o.get("TIME_PERIOD");
                String name = o.get("INDICATOR") + " " + o.get("EVENT") + " " + o.get("ITEM_CLASS");
                stats.computeIfAbsent(key, k -> new HashMap<>()).put(name, Long.parseLong(o.get("OBS_VALUE")));
            }
        }
        // when
        Sdg1642Reconciliation reconciliation = summary.reconcile(Region.centralAsia());
        // then: every records figure is there with the expected counts
        Map<String, Sdg1642Comparison> rates = new HashMap<>();
        reconciliation.rates().forEach(r -> rates.put(r.area() + " " + r.year(), r));
        assertThat(rates.keySet()).containsAll(firearms.keySet());
        firearms.forEach((key, f) -> {
            Sdg1642Comparison rate = rates.get(key);
            assertThat(rate.recordsDenominator()).as(key).isEqualTo(f[0]);
            assertThat(rate.recordsNumerator()).as(key).isEqualTo(f[1]);
            assertThat(rate.recordsPercent()).as(key).isCloseTo(100.0 * f[1] / f[0], within(1e-9));
        });
        // and the statistics beside them, with the difference
        rates.forEach((key, rate) -> {
            Map<String, Long> s = stats.getOrDefault(key, Map.of());
            Long seized = s.get("ITEMS SEIZED FIREARM");
            Long found = s.get("ITEMS FOUND FIREARM");
            Long surrendered = s.get("ITEMS SURRENDERED FIREARM");
            Long denominator = seized != null && found != null && surrendered != null
                    ? Long.valueOf(seized + found + surrendered) : s.get("ITEMS _T FIREARM");
            assertThat(rate.statisticsDenominator()).as(key).isEqualTo(denominator);
            assertThat(rate.statisticsNumerator()).as(key).isEqualTo(s.get("ORIGIN_ESTABLISHED _T _T"));
            if (rate.recordsPercent() != null && rate.statisticsPercent() != null) {
                assertThat(rate.differencePoints()).isCloseTo(rate.recordsPercent() - rate.statisticsPercent(),
                        within(1e-9));
                assertThat(rate.agreement()).isIn(Agreement.EQUAL, Agreement.DIFFERENT);
            }
        });
        assertThat(rates.get("TM 2018").statisticsNotAvailable()).isEqualTo("NUMERATOR_MISSING");
        assertThat(rates.get("TM 2018").agreement()).isEqualTo(Agreement.NOT_COMPARABLE);
        // trace requests, by requesting state and year sent
        reconciliation.figures().stream().filter(f -> f.indicator() == Indicator.TRACE_REQUESTS_SENT).forEach(f -> {
            String key = f.area() + " " + f.year();
            long[] sent = requests.get(key);
            assertThat(f.fromRecords()).as(key).isEqualTo(sent == null ? null : sent[0]);
            assertThat(f.fromStatistics()).as(key)
                    .isEqualTo(stats.getOrDefault(key, Map.of()).get("TRACE_REQUESTS_SENT _T _T"));
        });
        assertThat(reconciliation.figures()).filteredOn(f -> f.agreement() == Agreement.DIFFERENT)
                .allSatisfy(f -> assertThat(f.difference()).isEqualTo(f.fromRecords() - f.fromStatistics()));
        assertThat(reconciliation.differences()).isEqualTo(
                reconciliation.rates().stream().filter(r -> r.agreement() != Agreement.EQUAL).count()
                        + reconciliation.figures().stream().filter(f -> f.agreement() != Agreement.EQUAL).count());
        assertThat(reconciliation.synthetic()).isTrue();
    }
}
