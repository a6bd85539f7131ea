package org.salwmonitor.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;

import org.salwmonitor.core.casefile.AgencyType;
import org.salwmonitor.core.casefile.CriminalContext;
import org.salwmonitor.core.casefile.EventType;
import org.salwmonitor.core.casefile.LegalJustification;
import org.salwmonitor.core.casefile.LossKind;
import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.geo.Region;
import org.salwmonitor.core.sdg.Sdg1642;
import org.salwmonitor.core.sdg.Sdg1642Rate;
import org.salwmonitor.core.weapon.SerialNumber;
import org.salwmonitor.core.weapon.WeaponType;
import org.salwmonitor.reports.digest.CaseDigestModel;
import org.salwmonitor.reports.digest.CaseDigestModel.CaseSummary;
import org.salwmonitor.reports.digest.CaseDigestModel.ItemSummary;
import org.salwmonitor.reports.digest.CaseDigestModel.MatchRecord;
import org.salwmonitor.reports.digest.CaseDigestModel.MatchSet;
import org.salwmonitor.reports.digest.CaseDigestModel.SdgReconciliation;
import org.salwmonitor.reports.digest.CaseDigestModel.TracingByState;
import org.salwmonitor.reports.digest.MatchStrength;
import org.salwmonitor.sampledata.SampleData;

/**
 * Builds a case digest model from the synthetic case records of the sample-data module, row by row as a query
 * would: the cross-border cases (and those in a terrorism context or with a planted match), the planted match
 * sets, tracing by requested state and SDG 16.4.2 from records against the sample statistics.
 */
final class DigestSampleInputs {

    /** The sample-data files, read once: events and items by id, in file order. */
    static final Map<String, String[]> EVENTS = byId(SampleData.EVENTS);
    static final Map<String, String[]> ITEMS = byId(SampleData.ITEMS);
    static final Map<String, String[]> LOST_STOLEN = byId(SampleData.LOST_STOLEN);
    static final List<String[]> TRACING = SampleInputs.rows(SampleData.TRACING_REQUESTS);
    static final List<String[]> PLANTED = SampleInputs.rows(SampleData.PLANTED_MATCHES);

    private DigestSampleInputs() {
    }

    static ReportMetadata metadata() {
        return new ReportMetadata(Region.centralAsia(), SampleData.FIRST_YEAR, SampleData.LAST_YEAR,
                Classification.RESTRICTED, SampleInputs.GENERATED, SampleInputs.AS_OF, false, List.of());
    }

    /** The model, with {@code extra} cases added to those of the sample data. */
    static CaseDigestModel model(List<CaseSummary> extra) {
        List<CaseSummary> cases = new ArrayList<>(cases());
        cases.addAll(extra);
        return new CaseDigestModel(metadata(), cases, matchSets(), tracing(), sdg());
    }

    /** The events chosen for the digest: a route across a border, a terrorism context, or a planted match. */
    static List<CaseSummary> cases() {
        Set<String> matched = new HashSet<>();
        for (String[] planted : PLANTED) {
            if (planted[1].equals("MATCH") && planted[2].equals("items")) {
                matched.add(ITEMS.get(planted[3])[1]);
            }
        }
        Map<String, List<String[]>> itemsByEvent = new HashMap<>();
        ITEMS.values().forEach(item -> itemsByEvent.computeIfAbsent(item[1], id -> new ArrayList<>()).add(item));
        List<CaseSummary> cases = new ArrayList<>();
        for (String[] event : EVENTS.values()) {
            List<Country> route = event[8].isEmpty() ? List.of() : Arrays.stream(event[8].split("\\|")).map(Country::of)
                    .toList();
            boolean crossBorder = new HashSet<>(route).size() > 1;
            if (crossBorder || event[7].contains("TERRORISM") || matched.contains(event[0])) {
                cases.add(caseOf(event, route, itemsByEvent.getOrDefault(event[0], List.of())));
            }
        }
        return cases;
    }

    private static CaseSummary caseOf(String[] e, List<Country> route, List<String[]> items) {
        ItemSummary.Builder summary = ItemSummary.builder();
        for (String[] item : items) {
            long quantity = Long.parseLong(item[14]);
            switch (item[3]) {
                case "FIREARM" -> summary.firearms(WeaponType.valueOf(item[4]), quantity,
                        ItemSummary.SerialState.of(Boolean.parseBoolean(item[10]), !item[9].isEmpty()));
                case "PARTS_AND_COMPONENTS" -> summary.parts(quantity);
                default -> summary.rounds(quantity);
            }
        }
        Set<CriminalContext> contexts = new HashSet<>();
        for (String code : e[7].split("\\|")) {
            if (!code.isEmpty()) {
                contexts.add(CriminalContext.valueOf(code));
            }
        }
        int persons = e[9].isEmpty() ? 0 : e[9].split("\\|").length;
        return new CaseSummary(e[0], Country.of(e[1]), LocalDate.parse(e[2]), EventType.valueOf(e[3]),
                AgencyType.valueOf(e[4]), e[5].isEmpty() ? null : e[5],
                e[6].isEmpty() ? null : LegalJustification.valueOf(e[6]), route, contexts,
                CaseSummary.stageOf(e[10]), summary.build(), persons, Boolean.parseBoolean(e[11]));
    }

    /** The planted MATCH sets, each with the strength its serials show. */
    static List<MatchSet> matchSets() {
        Map<String, List<String[]>> sets = new TreeMap<>();
        for (String[] planted : PLANTED) {
            if (planted[1].equals("MATCH")) {
                sets.computeIfAbsent(planted[0], id -> new ArrayList<>()).add(planted);
            }
        }
        List<MatchSet> result = new ArrayList<>();
        sets.forEach((id, rows) -> result.add(new MatchSet(id, strength(rows),
                rows.stream().map(DigestSampleInputs::matchRecord).toList())));
        return result;
    }

    private static MatchStrength strength(List<String[]> rows) {
        Set<String> raw = new HashSet<>();
        Set<String> keys = new HashSet<>();
        rows.forEach(row -> {
            raw.add(row[8]);
            keys.add(SerialNumber.of(row[8]).key());
        });
        return raw.size() == 1 ? MatchStrength.IDENTICAL_SERIAL
                : keys.size() == 1 ? MatchStrength.SAME_KEY : MatchStrength.ONE_CHARACTER_APART;
    }

    private static MatchRecord matchRecord(String[] planted) {
        if (planted[2].equals("items")) {
            String[] item = ITEMS.get(planted[3]);
            String[] event = EVENTS.get(item[1]);
            return MatchRecord.item(item[0], event[0], EventType.valueOf(event[3]), Country.of(event[1]),
                    event[5].isEmpty() ? null : event[5], LocalDate.parse(event[2]), blankToNull(item[6]),
                    blankToNull(item[7]), blankToNull(item[8]), item[9], Boolean.parseBoolean(item[16]));
        }
        String[] loss = LOST_STOLEN.get(planted[3]);
        return MatchRecord.lossReport(loss[0], LossKind.valueOf(loss[3]), Country.of(loss[1]), LocalDate.parse(loss[2]),
                blankToNull(loss[6]), blankToNull(loss[7]), blankToNull(loss[8]), loss[9],
                Boolean.parseBoolean(loss[11]));
    }

    /** Tracing requests counted by requested state, with the median days to an answer. */
    static List<TracingByState> tracing() {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, List<Long>> days = new HashMap<>();
        for (String[] request : TRACING) {
            long[] c = counts.computeIfAbsent(request[3], state -> new long[5]);
            c[0]++;
            switch (request[7]) {
                case "ORIGIN_ESTABLISHED", "NOT_ESTABLISHED" -> {
                    c[1]++;
                    c[2] += request[7].equals("ORIGIN_ESTABLISHED") ? 1 : 0;
                    days.computeIfAbsent(request[3], state -> new ArrayList<>()).add(
                            java.time.temporal.ChronoUnit.DAYS.between(LocalDate.parse(request[5]),
                                    LocalDate.parse(request[6])));
                }
                case "PENDING" -> c[3]++;
                default -> c[4]++;
            }
        }
        List<TracingByState> rows = new ArrayList<>();
        counts.forEach((state, c) -> rows.add(new TracingByState(Country.of(state), c[0], c[1], c[2], c[3], c[4],
                median(days.getOrDefault(state, List.of())))));
        return rows;
    }

    static OptionalDouble median(List<Long> values) {
        if (values.isEmpty()) {
            return OptionalDouble.empty();
        }
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return OptionalDouble.of(sorted.size() % 2 == 1 ? sorted.get(middle)
                : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0);
    }

    /**
     * SDG 16.4.2 per state and year from the records (firearms of all events; those with an answered trace that
     * established the illicit origin), against the rates of the sample statistics.
     */
    static List<SdgReconciliation> sdg() {
        Map<String, long[]> records = new LinkedHashMap<>();
        for (String[] item : ITEMS.values()) {
            if (item[3].equals("FIREARM")) {
                String[] event = EVENTS.get(item[1]);
                records.computeIfAbsent(event[1] + " " + event[2].substring(0, 4), key -> new long[2])[1] +=
                        Long.parseLong(item[14]);
            }
        }
        for (String[] request : TRACING) {
            if (request[7].equals("ORIGIN_ESTABLISHED")) {
                String[] event = EVENTS.get(ITEMS.get(request[1])[1]);
                records.get(event[1] + " " + event[2].substring(0, 4))[0]++;
            }
        }
        Map<String, Sdg1642Rate> statistics = new HashMap<>();
        for (Sdg1642Rate rate : Sdg1642.fromObservations(SampleInputs.observations())) {
            statistics.put(rate.country().alpha2() + " " + rate.year(), rate);
        }
        List<SdgReconciliation> rows = new ArrayList<>();
        records.forEach((key, counts) -> {
            Country state = Country.of(key.substring(0, 2));
            int year = Integer.parseInt(key.substring(3));
            rows.add(new SdgReconciliation(Sdg1642Rate.of(state, year, counts[0], counts[1]),
                    statistics.getOrDefault(key, new Sdg1642Rate(state, year, OptionalLong.empty(), OptionalLong.empty()))));
        });
        return rows;
    }

    private static Map<String, String[]> byId(String file) {
        Map<String, String[]> rows = new LinkedHashMap<>();
        SampleInputs.rows(file).forEach(row -> rows.put(row[0], row));
        return rows;
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
