package org.salwmonitor.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Invariants of the reference statistics (import template and SDMX-CSV). */
class StatisticsInvariantsTest {

    private static final CsvTable TABLE = CsvTable.of(SampleData.STATISTICS);
    private static final List<Map<String, String>> ROWS = TABLE.rows();
    private static final List<String> KEY = List.of("REF_AREA", "TIME_PERIOD", "INDICATOR", "EVENT", "ITEM_CLASS",
            "WEAPON_TYPE", "CONTEXT", "UNIT_MEASURE");

    private static String key(Map<String, String> row, String... except) {
        Set<String> skip = Set.of(except);
        return KEY.stream().filter(k -> !skip.contains(k)).map(row::get).collect(Collectors.joining("|"));
    }

    private static Long value(Map<String, String> row) {
        return row.get("OBS_VALUE").isEmpty() ? null : Long.valueOf(row.get("OBS_VALUE"));
    }

    private static List<Map<String, String>> select(String area, String indicator, String event, String itemClass,
            String type, String context) {
        return ROWS.stream().filter(r -> r.get("REF_AREA").equals(area) && r.get("INDICATOR").equals(indicator)
                && r.get("EVENT").equals(event) && r.get("ITEM_CLASS").equals(itemClass)
                && r.get("WEAPON_TYPE").equals(type) && r.get("CONTEXT").equals(context)).toList();
    }

    /** Year to value of one series, missing years left out. */
    private static TreeMap<Integer, Long> series(String area, String event) {
        TreeMap<Integer, Long> s = new TreeMap<>();
        for (Map<String, String> r : select(area, "ITEMS", event, "FIREARM", "_T", "_T")) {
            if (value(r) != null) {
                s.put(Integer.valueOf(r.get("TIME_PERIOD")), value(r));
            }
        }
        return s;
    }

    /** Mann–Kendall Z statistic (no ties correction: the series have no ties). */
    static double mannKendallZ(List<Long> x) {
        int n = x.size();
        long s = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                s += Long.signum(x.get(j) - x.get(i));
            }
        }
        double sd = Math.sqrt(n * (n - 1.0) * (2 * n + 5) / 18.0);
        return s > 0 ? (s - 1) / sd : s < 0 ? (s + 1) / sd : 0;
    }

    @Nested
    class Shape {
        @Test
        void headerIsTheImportTemplate() {
            assertThat(TABLE.header()).containsExactlyElementsOf(Codes.TEMPLATE_COLUMNS);
        }

        @Test
        void everyRowIsSyntheticAndUsesOnlyListedCodes() {
            assertThat(ROWS).allSatisfy(r -> {
                assertThat(r.get("SYNTHETIC")).isEqualTo("true");
                assertThat(r.get("SOURCE_AGENCY")).isEqualTo("SYNTHETIC");
                assertThat(r.get("REF_AREA")).isIn("KZ", "KG", "TJ", "TM", "UZ");
                assertThat(Integer.parseInt(r.get("TIME_PERIOD"))).isBetween(2014, 2024);
                assertThat(r.get("INDICATOR")).isIn(Codes.INDICATORS);
                assertThat(r.get("EVENT")).isIn(with(Codes.EVENTS));
                assertThat(r.get("ITEM_CLASS")).isIn(with(Codes.ITEM_CLASSES));
                assertThat(r.get("WEAPON_TYPE")).isIn(with(Codes.WEAPON_TYPES));
                assertThat(r.get("CONTEXT")).isIn(with(Codes.CONTEXTS));
                assertThat(r.get("UNIT_MEASURE")).isIn(Codes.UNITS);
                assertThat(r.get("OBS_STATUS")).isIn(Codes.OBS_STATUSES);
                assertThat(r.get("CONF_STATUS")).isIn(Codes.CONF_STATUSES);
            });
        }

        private List<String> with(List<String> codes) {
            List<String> all = new ArrayList<>(codes);
            all.add("_T");
            return all;
        }

        @Test
        void observationKeysAreUnique() {
            Set<String> seen = new HashSet<>();
            assertThat(ROWS).allSatisfy(r -> assertThat(seen.add(key(r))).as(key(r)).isTrue());
        }

        @Test
        void unitsFollowTheItemClassAndIndicator() {
            assertThat(ROWS).allSatisfy(r -> {
                String expected = switch (r.get("INDICATOR")) {
                    case "ITEMS" -> switch (r.get("ITEM_CLASS")) {
                        case "AMMUNITION" -> "ROUNDS";
                        case "PARTS_AND_COMPONENTS" -> "PIECES";
                        default -> "WEAPONS";
                    };
                    case "ORIGIN_ESTABLISHED" -> "WEAPONS";
                    case "TRACE_REQUESTS_SENT", "TRACE_REQUESTS_ANSWERED" -> "REQUESTS";
                    case "TRAFFICKING_CASES" -> "CASES";
                    default -> "PERSONS";
                };
                assertThat(r.get("UNIT_MEASURE")).as(key(r)).isEqualTo(expected);
                if (!r.get("WEAPON_TYPE").equals("_T")) {
                    assertThat(r.get("ITEM_CLASS")).isEqualTo("FIREARM");
                }
            });
        }

        @Test
        void aMissingValueIsEmptyWithAMissingStatusAndNeverZero() {
            assertThat(ROWS).allSatisfy(r -> {
                boolean missingStatus = Codes.MISSING_STATUSES.contains(r.get("OBS_STATUS"));
                assertThat(r.get("OBS_VALUE").isEmpty()).as(key(r)).isEqualTo(missingStatus);
                if (!r.get("OBS_VALUE").isEmpty()) {
                    assertThat(value(r)).isNotNegative();
                }
            });
        }
    }

    @Nested
    class Sums {
        @Test
        void weaponTypesSumExactlyToTheFirearmTotal() {
            Map<String, Long> totals = new HashMap<>();
            Map<String, Long> sums = new HashMap<>();
            for (Map<String, String> r : ROWS) {
                if (!r.get("ITEM_CLASS").equals("FIREARM") || value(r) == null) {
                    continue;
                }
                String k = key(r, "WEAPON_TYPE");
                if (r.get("WEAPON_TYPE").equals("_T")) {
                    totals.put(k, value(r));
                } else {
                    sums.merge(k, value(r), Long::sum);
                }
            }
            assertThat(sums).isNotEmpty();
            sums.forEach((k, sum) -> assertThat(sum).as(k).isEqualTo(totals.get(k)));
        }

        @Test
        void establishedOriginNeverExceedsSeizedFoundAndSurrendered() {
            int checked = 0;
            for (Map<String, String> r : ROWS) {
                if (!r.get("INDICATOR").equals("ORIGIN_ESTABLISHED") || value(r) == null) {
                    continue;
                }
                long arms = 0;
                for (Map<String, String> s : ROWS) {
                    if (s.get("REF_AREA").equals(r.get("REF_AREA")) && s.get("TIME_PERIOD").equals(r.get("TIME_PERIOD"))
                            && s.get("INDICATOR").equals("ITEMS") && s.get("ITEM_CLASS").equals("FIREARM")
                            && s.get("WEAPON_TYPE").equals("_T") && s.get("CONTEXT").equals("_T") && value(s) != null) {
                        arms += value(s);
                    }
                }
                assertThat(value(r)).as(key(r)).isLessThanOrEqualTo(arms);
                checked++;
            }
            assertThat(checked).isGreaterThan(30);
        }

        @Test
        void answeredAtMostSentAndConvictedAtMostProsecuted() {
            Map<String, Map<String, Long>> byAreaYear = new HashMap<>();
            for (Map<String, String> r : ROWS) {
                if (value(r) != null) {
                    byAreaYear.computeIfAbsent(r.get("REF_AREA") + r.get("TIME_PERIOD"), k -> new HashMap<>())
                            .put(r.get("INDICATOR"), value(r));
                }
            }
            byAreaYear.forEach((k, v) -> {
                if (v.containsKey("TRACE_REQUESTS_SENT")) {
                    assertThat(v.get("TRACE_REQUESTS_ANSWERED")).as(k).isLessThanOrEqualTo(v.get("TRACE_REQUESTS_SENT"));
                }
                if (v.containsKey("PERSONS_PROSECUTED")) {
                    assertThat(v.get("PERSONS_CONVICTED")).as(k).isLessThanOrEqualTo(v.get("PERSONS_PROSECUTED"));
                }
            });
        }
    }

    @Nested
    class Texture {
        @Test
        void theLatestYearIsProvisional() {
            assertThat(ROWS).filteredOn(r -> r.get("TIME_PERIOD").equals("2024"))
                    .isNotEmpty()
                    .allSatisfy(r -> assertThat(r.get("OBS_STATUS")).isIn("P", "L", "M", "O", "Q"));
            assertThat(ROWS).filteredOn(r -> r.get("OBS_STATUS").equals("P"))
                    .allSatisfy(r -> assertThat(r.get("TIME_PERIOD")).isEqualTo("2024"));
        }

        @Test
        void uzbekistanEstimatesItsFoundTotalFor2016WithoutBreakdown() {
            assertThat(ROWS).filteredOn(r -> r.get("OBS_STATUS").equals("E"))
                    .extracting(r -> r.get("REF_AREA") + r.get("TIME_PERIOD") + r.get("EVENT") + r.get("WEAPON_TYPE"))
                    .containsExactly("UZ2016FOUND_T");
            assertThat(select("UZ", "ITEMS", "FOUND", "FIREARM", "SHOTGUN", "_T"))
                    .noneMatch(r -> r.get("TIME_PERIOD").equals("2016"));
        }

        @Test
        void tajikistanHasASeriesBreakIn2019() {
            assertThat(ROWS).filteredOn(r -> r.get("OBS_STATUS").equals("B"))
                    .isNotEmpty()
                    .allSatisfy(r -> assertThat(r.get("REF_AREA") + r.get("TIME_PERIOD")).isEqualTo("TJ2019"));
        }

        @Test
        void kyrgyzstanMisses2015And2016And2020AndNoOtherYears() {
            Set<String> missing = ROWS.stream().filter(r -> r.get("OBS_VALUE").isEmpty())
                    .map(r -> r.get("REF_AREA") + r.get("TIME_PERIOD")).collect(Collectors.toCollection(java.util.TreeSet::new));
            assertThat(missing).containsExactly("KG2015", "KG2016", "KG2020");
        }

        @Test
        void turkmenistanReportsOnlyTotals() {
            assertThat(ROWS).filteredOn(r -> r.get("REF_AREA").equals("TM")).isNotEmpty().allSatisfy(r -> {
                assertThat(r.get("EVENT")).isEqualTo("_T");
                assertThat(r.get("WEAPON_TYPE")).isEqualTo("_T");
                assertThat(r.get("CONTEXT")).isEqualTo("_T");
            });
        }

        @Test
        void kazakhstanSeizesThousandsMostlyShotguns() {
            TreeMap<Integer, Long> kz = series("KZ", "SEIZED");
            assertThat(kz.values()).allSatisfy(v -> assertThat(v).isBetween(1000L, 9999L));
            for (Map<String, String> shotgun : select("KZ", "ITEMS", "SEIZED", "FIREARM", "SHOTGUN", "_T")) {
                long total = kz.get(Integer.valueOf(shotgun.get("TIME_PERIOD")));
                assertThat(value(shotgun)).isGreaterThan(total / 2);
            }
        }

        @Test
        void kazakhstanDownUzbekistanUpKyrgyzstanFlat() {
            double kz = mannKendallZ(new ArrayList<>(series("KZ", "SEIZED").values()));
            double uz = mannKendallZ(new ArrayList<>(series("UZ", "SEIZED").values()));
            double kg = mannKendallZ(new ArrayList<>(series("KG", "SEIZED").values()));
            assertThat(kz).isLessThan(-2.58);
            assertThat(uz).isGreaterThan(2.58);
            assertThat(Math.abs(kg)).isLessThan(1.0);
        }

        @Test
        void tajikSeizuresAreInTheHundredsWithSmallLightWeaponCounts() {
            assertThat(series("TJ", "SEIZED").values()).allSatisfy(v -> assertThat(v).isBetween(100L, 400L));
            assertThat(ROWS).filteredOn(r -> r.get("CONF_STATUS").equals("A")).isNotEmpty()
                    .allSatisfy(r -> assertThat(value(r)).isBetween(1L, 2L));
        }
    }

    @Nested
    class SdmxCsv {
        @Test
        void sdmx10HoldsTheSameObservations() {
            CsvTable sdmx = CsvTable.of(SampleData.STATISTICS_SDMX_1);
            assertThat(sdmx.header().get(0)).isEqualTo("DATAFLOW");
            assertThat(sdmx.rows()).allSatisfy(r -> assertThat(r.get("DATAFLOW")).isEqualTo("SALWM:DF_SALW(1.0)"));
            assertThat(observations(sdmx)).isEqualTo(observations(TABLE));
        }

        @Test
        void sdmx20HoldsTheSameObservationsAsInformation() {
            CsvTable sdmx = CsvTable.of(SampleData.STATISTICS_SDMX_2);
            assertThat(sdmx.header().subList(0, 3)).containsExactly("STRUCTURE", "STRUCTURE_ID", "ACTION");
            assertThat(sdmx.rows()).allSatisfy(r -> {
                assertThat(r.get("STRUCTURE")).isEqualTo("dataflow");
                assertThat(r.get("STRUCTURE_ID")).isEqualTo("SALWM:DF_SALW(1.0)");
                assertThat(r.get("ACTION")).isEqualTo("I");
            });
            assertThat(observations(sdmx)).isEqualTo(observations(TABLE));
        }

        private Map<String, String> observations(CsvTable t) {
            Map<String, String> m = new HashMap<>();
            for (Map<String, String> r : t.rows()) {
                m.put(key(r), r.get("OBS_VALUE") + "|" + r.get("OBS_STATUS") + "|" + r.get("CONF_STATUS") + "|"
                        + r.get("SYNTHETIC") + "|" + r.get("COMMENT"));
            }
            return m;
        }
    }
}
