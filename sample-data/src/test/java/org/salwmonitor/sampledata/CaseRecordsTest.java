package org.salwmonitor.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Invariants of the reference case records and the planted matches. */
class CaseRecordsTest {

    private static final List<Map<String, String>> EVENTS = CsvTable.of(SampleData.EVENTS).rows();
    private static final List<Map<String, String>> ITEMS = CsvTable.of(SampleData.ITEMS).rows();
    private static final List<Map<String, String>> TRACING = CsvTable.of(SampleData.TRACING_REQUESTS).rows();
    private static final List<Map<String, String>> LOST = CsvTable.of(SampleData.LOST_STOLEN).rows();
    private static final List<Map<String, String>> PLANTED = CsvTable.of(SampleData.PLANTED_MATCHES).rows();
    private static final Map<String, Map<String, String>> EVENT_BY_ID = index(EVENTS, "EVENT_ID");
    private static final Map<String, Map<String, String>> ITEM_BY_ID = index(ITEMS, "ITEM_ID");
    private static final Map<String, Map<String, String>> LOST_BY_ID = index(LOST, "RECORD_ID");

    private static Map<String, Map<String, String>> index(List<Map<String, String>> rows, String id) {
        return rows.stream().collect(Collectors.toMap(r -> r.get(id), Function.identity()));
    }

    @Nested
    class Volume {
        @Test
        void aboutTwoThousandEventsAndSixThousandItemLines() {
            assertThat(EVENTS).hasSize(2000);
            assertThat(ITEMS.size()).isBetween(5500, 6500);
            assertThat(EVENT_BY_ID).hasSize(EVENTS.size());
            assertThat(ITEM_BY_ID).hasSize(ITEMS.size());
        }

        @Test
        void firearmsOfACountryYearNeverExceedItsStatistics() {
            Map<String, Long> recorded = new HashMap<>();
            for (Map<String, String> item : ITEMS) {
                if (item.get("ITEM_CLASS").equals("FIREARM")) {
                    Map<String, String> e = EVENT_BY_ID.get(item.get("EVENT_ID"));
                    recorded.merge(e.get("REF_AREA") + e.get("EVENT_DATE").substring(0, 4), 1L, Long::sum);
                }
            }
            Map<String, Long> statistics = new HashMap<>();
            for (Map<String, String> r : CsvTable.of(SampleData.STATISTICS).rows()) {
                if (r.get("INDICATOR").equals("ITEMS") && r.get("ITEM_CLASS").equals("FIREARM")
                        && r.get("WEAPON_TYPE").equals("_T") && r.get("CONTEXT").equals("_T")
                        && !r.get("OBS_VALUE").isEmpty()) {
                    statistics.merge(r.get("REF_AREA") + r.get("TIME_PERIOD"), Long.valueOf(r.get("OBS_VALUE")), Long::sum);
                }
            }
            recorded.forEach((k, n) -> {
                if (statistics.containsKey(k)) {
                    assertThat(n).as(k).isLessThanOrEqualTo(statistics.get(k));
                }
            });
        }
    }

    @Nested
    class Integrity {
        @Test
        void everyItemBelongsToAnEventAndEveryRequestToAFirearm() {
            assertThat(ITEMS).allSatisfy(i -> assertThat(EVENT_BY_ID).containsKey(i.get("EVENT_ID")));
            assertThat(TRACING).isNotEmpty().allSatisfy(t -> {
                Map<String, String> item = ITEM_BY_ID.get(t.get("ITEM_ID"));
                assertThat(item).as(t.get("REQUEST_ID")).isNotNull();
                assertThat(item.get("ITEM_CLASS")).isEqualTo("FIREARM");
                assertThat(item.get("SERIAL_OBLITERATED")).isEqualTo("false");
                LocalDate sent = LocalDate.parse(t.get("DATE_SENT"));
                assertThat(sent).isAfter(LocalDate.parse(EVENT_BY_ID.get(item.get("EVENT_ID")).get("EVENT_DATE")));
                if (!t.get("DATE_ANSWERED").isEmpty()) {
                    assertThat(LocalDate.parse(t.get("DATE_ANSWERED"))).isAfter(sent).isBeforeOrEqualTo(CaseGenerator.AS_OF);
                }
                assertThat(t.get("ILLICIT_ORIGIN").isEmpty()).isEqualTo(!t.get("OUTCOME").equals("ORIGIN_ESTABLISHED"));
            });
            assertThat(TRACING).extracting(t -> t.get("OUTCOME")).contains("ORIGIN_ESTABLISHED", "NOT_ESTABLISHED",
                    "NO_RESPONSE", "PENDING");
        }

        @Test
        void eventsAreWithinThePeriodWithIsoDates() {
            assertThat(EVENTS).allSatisfy(e -> {
                assertThat(LocalDate.parse(e.get("EVENT_DATE")).getYear()).isBetween(2014, 2024);
                assertThat(e.get("REF_AREA")).isIn("KZ", "KG", "TJ", "TM", "UZ");
                assertThat(e.get("EVENT")).isIn("SEIZED", "FOUND", "SURRENDERED");
            });
        }

        @Test
        void personsArePseudonymousSourceIdentifiersOnly() {
            assertThat(EVENTS).allSatisfy(e -> {
                if (!e.get("PERSON_REFS").isEmpty()) {
                    for (String p : e.get("PERSON_REFS").split("\\|")) {
                        assertThat(p).matches("[A-Z]{2}-[A-Z]{3}-P[0-9]{6}");
                    }
                }
            });
        }

        @Test
        void routesComeFromAfghanistanAndContextsIncludeTerrorismAndDrugs() {
            assertThat(EVENTS).filteredOn(e -> e.get("ROUTE").startsWith("AF|")).hasSizeGreaterThan(20);
            assertThat(EVENTS).filteredOn(e -> e.get("ROUTE").split("\\|").length >= 3).isNotEmpty();
            Set<String> contexts = new TreeSet<>();
            EVENTS.forEach(e -> contexts.addAll(List.of(e.get("CONTEXTS").split("\\|"))));
            assertThat(contexts).contains("TERRORISM", "DRUG_TRAFFICKING", "ORGANIZED_CRIME", "VIOLENT_CRIME");
            assertThat(EVENTS).allSatisfy(e -> {
                if (!e.get("ROUTE").isEmpty()) {
                    assertThat(e.get("ROUTE").split("\\|")).contains(e.get("REF_AREA"));
                }
            });
        }

        @Test
        void ammunitionIsCountedInRoundsAndFirearmsOneByOne() {
            assertThat(ITEMS).allSatisfy(i -> {
                switch (i.get("ITEM_CLASS")) {
                    case "FIREARM" -> assertThat(i.get("UNIT_MEASURE") + i.get("QUANTITY")).isEqualTo("WEAPONS1");
                    case "AMMUNITION" -> assertThat(i.get("UNIT_MEASURE")).isEqualTo("ROUNDS");
                    default -> assertThat(i.get("UNIT_MEASURE")).isEqualTo("PIECES");
                }
            });
        }
    }

    @Nested
    class PlantedMatchesManifest {
        @Test
        void everyPlantedRecordIsPresentAsListed() {
            assertThat(PLANTED).allSatisfy(p -> {
                Map<String, String> record = p.get("FILE").equals("items") ? ITEM_BY_ID.get(p.get("RECORD_ID"))
                        : LOST_BY_ID.get(p.get("RECORD_ID"));
                assertThat(record).as(p.get("RECORD_ID")).isNotNull();
                assertThat(record.get("SERIAL")).isEqualTo(p.get("SERIAL"));
                assertThat(record.get("MAKE")).isEqualTo(p.get("MAKE"));
                assertThat(record.get("MODEL")).isEqualTo(p.get("MODEL"));
                String area = p.get("FILE").equals("items") ? EVENT_BY_ID.get(record.get("EVENT_ID")).get("REF_AREA")
                        : record.get("REF_AREA");
                assertThat(area).isEqualTo(p.get("REF_AREA"));
                assertThat(Serials.key(p.get("SERIAL"))).isEqualTo(p.get("SERIAL_KEY"));
            });
        }

        @Test
        void matchSetsAreOneFirearmInTwoOrThreeCountriesUnderDifferentSpellings() {
            Map<String, List<Map<String, String>>> sets = PLANTED.stream().filter(p -> p.get("EXPECTED").equals("MATCH"))
                    .collect(Collectors.groupingBy(p -> p.get("SET_ID")));
            assertThat(sets).hasSize(30);
            sets.forEach((id, records) -> {
                assertThat(records).as(id).hasSizeBetween(2, 3);
                assertThat(records.stream().map(r -> r.get("REF_AREA")).distinct().count()).as(id).isEqualTo(records.size());
                assertThat(records.stream().map(r -> r.get("SERIAL")).distinct().count()).as(id).isEqualTo(records.size());
                assertThat(records.stream().map(r -> r.get("SERIAL_KEY")).distinct().count()).as(id).isEqualTo(1);
                assertThat(records.stream().map(r -> r.get("MODEL")).distinct().count()).as(id).isEqualTo(1);
            });
            assertThat(PLANTED).filteredOn(p -> p.get("FILE").equals("lost-stolen")).hasSizeGreaterThanOrEqualTo(15);
        }

        @Test
        void noMatchSetsLookAlikeButDifferInModelOrKey() {
            Map<String, List<Map<String, String>>> sets = PLANTED.stream().filter(p -> p.get("EXPECTED").equals("NO_MATCH"))
                    .collect(Collectors.groupingBy(p -> p.get("SET_ID")));
            assertThat(sets).hasSize(12);
            sets.forEach((id, records) -> {
                assertThat(records).hasSize(2);
                Map<String, String> a = records.get(0);
                Map<String, String> b = records.get(1);
                boolean sameKey = a.get("SERIAL_KEY").equals(b.get("SERIAL_KEY"));
                boolean sameModel = a.get("MODEL").equals(b.get("MODEL"));
                assertThat(sameKey && sameModel).as(id).isFalse();
                assertThat(sameKey || sameModel).as(id).isTrue();
            });
        }

        @Test
        void noTwoRecordsShareASerialKeyUnlessPlanted() {
            Map<String, Set<String>> byKey = new HashMap<>();
            for (Map<String, String> i : ITEMS) {
                if (i.get("ITEM_CLASS").equals("FIREARM") && i.get("SERIAL_OBLITERATED").equals("false")
                        && !i.get("SERIAL").isEmpty()) {
                    byKey.computeIfAbsent(Serials.key(i.get("SERIAL")), k -> new HashSet<>()).add(i.get("ITEM_ID"));
                }
            }
            for (Map<String, String> l : LOST) {
                byKey.computeIfAbsent(Serials.key(l.get("SERIAL")), k -> new HashSet<>()).add(l.get("RECORD_ID"));
            }
            Set<String> planted = PLANTED.stream().map(p -> p.get("RECORD_ID")).collect(Collectors.toSet());
            byKey.forEach((key, ids) -> {
                if (ids.size() > 1) {
                    assertThat(planted).as(key).containsAll(ids);
                }
            });
        }
    }
}
