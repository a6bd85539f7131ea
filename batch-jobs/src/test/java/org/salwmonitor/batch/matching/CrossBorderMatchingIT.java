package org.salwmonitor.batch.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salwmonitor.batch.db.Tables.CASE_EVENT;
import static org.salwmonitor.batch.db.Tables.CASE_ITEM;
import static org.salwmonitor.batch.db.Tables.LOST_STOLEN;
import static org.salwmonitor.batch.db.Tables.SOURCE_FILE;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.salwmonitor.batch.CaseRecordsTestFixture;
import org.salwmonitor.batch.DatabaseTestSupport;
import org.salwmonitor.batch.SalwIntegrationTest;
import org.salwmonitor.batch.cli.MatchesCommand;
import org.salwmonitor.batch.shared.Json;
import org.salwmonitor.core.geo.Region;
import org.salwmonitor.sampledata.SampleData;

@SalwIntegrationTest
class CrossBorderMatchingIT {

    @Autowired
    CrossBorderMatcher matcher;

    @Autowired
    DSLContext dsl;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void clean() {
        // also empties the matching tables, which keep keys of deleted records (harmless in use)
        DatabaseTestSupport.cleanData(jdbc);
    }

    private static Set<Set<String>> recordSets(MatchReport report) {
        return report.sets().stream()
                .map(set -> set.records().stream().map(MatchedRecord::reference).collect(Collectors.toSet()))
                .collect(Collectors.toSet());
    }

    @Nested
    class SampleData_ {

        @BeforeEach
        void load() {
            CaseRecordsTestFixture.loadSampleCaseRecords(dsl);
        }

        @Test
        void findsEveryPlantedMatchSetWithAllItsRecordsAndNothingElse() {
            // given: the planted sets of the manifest
            Map<String, Set<String>> expected = new TreeMap<>();
            Set<String> lookAlikes = new HashSet<>();
            for (CSVRecord row : CaseRecordsTestFixture.read(SampleData.PLANTED_MATCHES)) {
                String reference = ("items".equals(row.get("FILE")) ? "ITEM:" : "LOST_STOLEN:") + row.get("RECORD_ID");
                if ("MATCH".equals(row.get("EXPECTED"))) {
                    expected.computeIfAbsent(row.get("SET_ID"), s -> new TreeSet<>()).add(reference);
                } else {
                    lookAlikes.add(reference);
                }
            }
            assertThat(expected).hasSize(30);
            assertThat(lookAlikes).hasSize(24);
            // when
            MatchReport report = matcher.find(MatchStrength.ONE_CHARACTER_APART, Optional.empty());
            // then: exactly the planted sets, each whole: no look-alike linked, no other link in the sample data
            assertThat(recordSets(report)).containsExactlyInAnyOrderElementsOf(new HashSet<>(expected.values()));
            assertThat(report.sets()).allSatisfy(set -> assertThat(set.records())
                    .noneMatch(r -> lookAlikes.contains(r.reference())));
            assertThat(report.sets()).allSatisfy(set -> assertThat(set.links()).hasSizeGreaterThanOrEqualTo(
                    set.records().size() - 1));
            assertThat(report.synthetic()).isTrue();
        }

        @Test
        void classifiesThePlantedLinksAsSameKeyAndFlagsWhatAReviewerShouldKnow() {
            // when
            MatchReport report = matcher.find(MatchStrength.ONE_CHARACTER_APART, Optional.empty());
            // then: the planted sets spell each serial differently, so every link is SAME_KEY
            assertThat(report.sets()).allSatisfy(set -> assertThat(set.weakest()).isEqualTo(MatchStrength.SAME_KEY));
            // SET023: Izhmash and Tula AKS-74U with one key: kept, makes flagged
            MatchSet set023 = setOf(report, "ITEM:IT00004751");
            assertThat(set023.links()).anyMatch(link -> link.remarks().contains(MatchRemark.MAKES_DIFFER));
            // SET019: a Vepr reported stolen as 7.62x39 and seized as .308 Win: calibres not compared (metric, inch)
            MatchSet set019 = setOf(report, "LOST_STOLEN:LS000063");
            assertThat(set019.links()).singleElement()
                    .satisfies(link -> assertThat(link.remarks()).containsExactly(MatchRemark.CALIBRE_NOT_COMPARED));
            // SET002: a rifle in three countries is one set; TJ, KG and KZ
            MatchSet set002 = setOf(report, "ITEM:IT00003551");
            assertThat(set002.countries()).containsExactly("KG", "KZ", "TJ");
            assertThat(set002.records()).extracting(MatchedRecord::date).isSorted();
        }

        @Test
        void aStrongerMinimumOrARegionKeepsFewerSets() {
            // when
            MatchReport identical = matcher.find(MatchStrength.IDENTICAL_SERIAL, Optional.empty());
            MatchReport centralAsia = matcher.find(MatchStrength.SAME_KEY, Optional.of(Region.centralAsia()));
            // then
            assertThat(identical.sets()).isEmpty();
            assertThat(centralAsia.sets()).hasSize(30);
            assertThat(centralAsia.region()).isEqualTo("CENTRAL_ASIA");
        }

        @Test
        void holdsNoTwoKeysOfOneModelOneDigitApart() {
            // the planted look-alikes are two digits apart (transposed) or differ in a letter: no candidate at all
            assertThat(nearPairs()).isEmpty();
        }

        @Test
        void printsATableAndJsonThatNameTheRestrictionAndTheSyntheticData() {
            // given
            MatchReport report = matcher.find(MatchStrength.ONE_CHARACTER_APART, Optional.empty());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            // when
            MatchesCommand.print(report, new PrintStream(bytes, true, StandardCharsets.UTF_8));
            String table = bytes.toString(StandardCharsets.UTF_8);
            String json = Json.write(report);
            // then
            assertThat(table).startsWith("RESTRICTED: case-level data for law-enforcement use only. SYNTHETIC sample data.")
                    .contains("30 sets").contains("IT00003551").contains("serial \"PX 950209\"")
                    .contains("link ITEM:IT00004751");
            assertThat(json).contains("\"minimumStrength\":\"ONE_CHARACTER_APART\"").contains("\"recordId\":\"LS000063\"")
                    .contains("\"remarks\":[\"CALIBRE_NOT_COMPARED\"]").contains("\"synthetic\":true");
        }
    }

    @Test
    void nameKeysAndMakeAliasesJoinTheSpellingsOfOneManufacturer() {
        assertThat(jdbc.queryForList("SELECT match_name_key(x) FROM unnest(ARRAY['Česká zbrojovka', 'ИЖ-27',"
                + " 'IZh-27', 'Ижмаш', 'Tula Arms Plant', 'Форт', NULL]) x", String.class))
                .containsExactly("CESKAZBROJOVKA", "IZH27", "IZH27", "IZHMASH", "TULAARMSPLANT", "FORT", null);
        assertThat(jdbc.queryForList("SELECT manufacturer FROM match_make_alias WHERE make_key = match_name_key(?)"
                + " ORDER BY 1", String.class, "Izhevsk")).containsExactly("IZHMASH", "IZHMEKH");
        assertThat(jdbc.queryForList("SELECT manufacturer FROM match_make_alias WHERE make_key = match_name_key(?)",
                String.class, "Байкал")).containsExactly("IZHMEKH");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM match_make_alias WHERE source = ''", Long.class)).isZero();
    }

    private List<String> sharedKeys() {
        return jdbc.queryForList("SELECT serial_key FROM match_shared_key ORDER BY 1", String.class);
    }

    private List<String> nearPairs() {
        return jdbc.queryForList("SELECT model_key || ' ' || serial_key_a || ' ' || serial_key_b FROM match_serial_near"
                + " ORDER BY 1", String.class);
    }

    private static MatchSet setOf(MatchReport report, String reference) {
        return report.sets().stream()
                .filter(set -> set.records().stream().anyMatch(r -> r.reference().equals(reference)))
                .findFirst().orElseThrow(() -> new AssertionError("no set holds " + reference));
    }

    @Nested
    class Strength {

        private long file;
        private int line;

        @BeforeEach
        void sourceFile() {
            file = dsl.insertInto(SOURCE_FILE, SOURCE_FILE.FILE_NAME, SOURCE_FILE.SHA256, SOURCE_FILE.KIND,
                            SOURCE_FILE.FORMAT, SOURCE_FILE.ENCODING)
                    .values("strength cases", "1".repeat(64), "RECORDS", "CSV", "UTF-8")
                    .returning(SOURCE_FILE.ID).fetchOne().getId();
        }

        /** One event with one firearm item. */
        private void item(String id, String area, String make, String model, String calibre, String serial) {
            line++;
            dsl.insertInto(CASE_EVENT).set(CASE_EVENT.EVENT_ID, "E" + id).set(CASE_EVENT.REF_AREA, area)
                    .set(CASE_EVENT.EVENT_DATE, LocalDate.of(2020, 1, 1).plusDays(line)).set(CASE_EVENT.EVENT, "SEIZED")
                    .set(CASE_EVENT.AGENCY, "POLICE").set(CASE_EVENT.CASE_STAGE, "INVESTIGATION")
                    .set(CASE_EVENT.SYNTHETIC, true).set(CASE_EVENT.SOURCE_FILE_ID, file)
                    .set(CASE_EVENT.SOURCE_LINE, line).set(CASE_EVENT.JOB_EXECUTION_ID, 0L).execute();
            dsl.insertInto(CASE_ITEM).set(CASE_ITEM.ITEM_ID, id).set(CASE_ITEM.EVENT_ID, "E" + id)
                    .set(CASE_ITEM.LINE, 1).set(CASE_ITEM.ITEM_CLASS, "FIREARM")
                    .set(CASE_ITEM.WEAPON_TYPE, "ASSAULT_RIFLE").set(CASE_ITEM.MAKE, make).set(CASE_ITEM.MODEL, model)
                    .set(CASE_ITEM.CALIBRE, calibre).set(CASE_ITEM.SERIAL, serial)
                    .set(CASE_ITEM.SERIAL_KEY, CaseRecordsTestFixture.serialKey(serial, false))
                    .set(CASE_ITEM.SERIAL_OBLITERATED, false).set(CASE_ITEM.QUANTITY, 1L)
                    .set(CASE_ITEM.UNIT_MEASURE, "WEAPONS").set(CASE_ITEM.SYNTHETIC, true)
                    .set(CASE_ITEM.SOURCE_FILE_ID, file).set(CASE_ITEM.SOURCE_LINE, line)
                    .set(CASE_ITEM.JOB_EXECUTION_ID, 0L).execute();
        }

        private void lostStolen(String id, String area, String make, String model, String calibre, String serial) {
            line++;
            dsl.insertInto(LOST_STOLEN).set(LOST_STOLEN.RECORD_ID, id).set(LOST_STOLEN.REF_AREA, area)
                    .set(LOST_STOLEN.DATE_REPORTED, LocalDate.of(2019, 1, 1)).set(LOST_STOLEN.KIND, "STOLEN")
                    .set(LOST_STOLEN.HOLDER, "STATE_STOCK").set(LOST_STOLEN.WEAPON_TYPE, "ASSAULT_RIFLE")
                    .set(LOST_STOLEN.MAKE, make).set(LOST_STOLEN.MODEL, model).set(LOST_STOLEN.CALIBRE, calibre)
                    .set(LOST_STOLEN.SERIAL, serial)
                    .set(LOST_STOLEN.SERIAL_KEY, CaseRecordsTestFixture.serialKey(serial, false))
                    .set(LOST_STOLEN.SYNTHETIC, true).set(LOST_STOLEN.SOURCE_FILE_ID, file)
                    .set(LOST_STOLEN.SOURCE_LINE, line).set(LOST_STOLEN.JOB_EXECUTION_ID, 0L).execute();
        }

        private Map<Set<String>, MatchLink> links() {
            Map<Set<String>, MatchLink> links = new java.util.HashMap<>();
            for (MatchSet set : matcher.find(MatchStrength.ONE_CHARACTER_APART, Optional.empty()).sets()) {
                for (MatchLink link : set.links()) {
                    links.put(Set.of(link.first().substring(link.first().indexOf(':') + 1),
                            link.second().substring(link.second().indexOf(':') + 1)), link);
                }
            }
            return links;
        }

        @Test
        void identicalSerialSameKeyAndOneCharacterApart() {
            // given
            item("A1", "KZ", "Izhmash", "AKM", "7.62x39", "KA 447123");
            item("A2", "KG", "Ижмаш", "АКМ", "7,62х39", "KA 447123");   // written alike
            item("A3", "TJ", "IZHMASH", "AKM", "7.62x39", "ка-447123");   // same key
            item("B1", "KZ", "Izhmash", "AKM", "7.62x39", "PX 950201");
            item("B2", "UZ", "Izhmash", "AKM", "7.62x39", "PX 950207");   // one digit substituted
            item("C1", "KZ", "Izhmash", "AKM", "7.62x39", "TE 933968");
            item("C2", "KG", "Izhmash", "AKM", "7.62x39", "TE 9339681");  // one digit more
            // when
            Map<Set<String>, MatchLink> links = links();
            // then
            assertThat(links.get(Set.of("A1", "A2")).strength()).isEqualTo(MatchStrength.IDENTICAL_SERIAL);
            assertThat(links.get(Set.of("A1", "A3")).strength()).isEqualTo(MatchStrength.SAME_KEY);
            assertThat(links.get(Set.of("A2", "A3")).strength()).isEqualTo(MatchStrength.SAME_KEY);
            assertThat(links.get(Set.of("B1", "B2")).strength()).isEqualTo(MatchStrength.ONE_CHARACTER_APART);
            assertThat(links.get(Set.of("C1", "C2")).strength()).isEqualTo(MatchStrength.ONE_CHARACTER_APART);
            assertThat(links).hasSize(5);
        }

        @Test
        void lookAlikesAreNotLinked() {
            // given
            item("T1", "KZ", "Izhmash", "AKM", "7.62x39", "TE 933968");
            item("T2", "KG", "Izhmash", "AKM", "7.62x39", "TE 933986");   // two digits transposed
            item("P1", "KZ", "Baikal", "IZh-27", "12 ga", "BA 989535");
            item("P2", "KG", "Baikal", "IZh-27", "12 ga", "BB 989535");   // another prefix letter
            item("M1", "KZ", "Baikal", "IZh-27", "12 ga", "CM 956155");
            item("M2", "UZ", "Izhevsk Mechanical Plant", "PM", "9x18", "CM956155"); // same key, another model
            item("D1", "KZ", "Izhmash", "AKM", "7.62x39", "XT 972869");
            item("D2", "KG", "Tula", "AKM", "7.62x39", "XT 972860");      // one digit apart, another make
            item("K1", "KZ", "Izhmash", "AKM", "7.62x39", "XB 928087");
            item("K2", "KG", "Izhmash", "AKM", "5.45x39", "XB 928087");   // same key, calibres contradict
            item("S1", "KZ", "Izhmash", "AKM", "7.62x39", "SB 123456");
            item("S2", "KZ", "Izhmash", "AKM", "7.62x39", "SB 123456");   // same country, no lost or stolen record
            // when / then
            assertThat(links()).isEmpty();
        }

        @Test
        void theTriggersKeepTheSameOneDigitPairsAsARebuild() {
            // given: records inserted one statement at a time, through the statement triggers
            item("N1", "KZ", "Izhmash", "AKM", "7.62x39", "PX 950201");
            item("N2", "UZ", "Izhmash", "AKM", "7.62x39", "PX 950207");
            lostStolen("N3", "KG", "Izhmash", "AKM", "7.62x39", "PX 95020");
            item("N4", "KG", "Izhmash", "AKM", "7.62x39", "PX 9502011");
            item("N5", "KG", "Izhmash", "AK-74", "5.45x39", "PX 950208");
            dsl.update(CASE_ITEM).set(CASE_ITEM.SERIAL, "PX 950209").set(CASE_ITEM.SERIAL_KEY, "PX950209")
                    .where(CASE_ITEM.ITEM_ID.eq("N2")).execute();
            List<String> byTriggers = nearPairs();
            // when
            jdbc.execute("SELECT match_rebuild_serial_index()");
            // then: the same pairs, except the key N2 no longer holds (a stale row, joined to no record)
            assertThat(byTriggers).containsExactlyInAnyOrder("AKM PX95020 PX950201", "AKM PX95020 PX950207",
                    "AKM PX95020 PX950209", "AKM PX950201 PX950207", "AKM PX950201 PX950209",
                    "AKM PX950201 PX9502011", "AKM PX950207 PX950209");
            assertThat(nearPairs()).containsExactlyInAnyOrder("AKM PX95020 PX950201", "AKM PX95020 PX950209",
                    "AKM PX950201 PX950209", "AKM PX950201 PX9502011");
        }

        @Test
        void theTriggersNoteTheSharedKeysThatARebuildFinds() {
            // given: keys shared by two items, by an item and a loss report, and keys held once
            item("S1", "KZ", "Izhmash", "AKM", "7.62x39", "SB 123456");
            item("S2", "UZ", "Izhmash", "AKM", "7.62x39", "SB-123456");
            lostStolen("L9", "KG", "Tula", "TT", "7.62x25", "QT 4411");
            item("I9", "KZ", "Tula", "TT", "7.62x25", "QT4411");
            item("U1", "KZ", "Tula", "TT", "7.62x25", "QT 4412");
            lostStolen("U2", "KG", "Tula", "TT", "7.62x25", "ZZ 990011");
            List<String> byTriggers = sharedKeys();
            // when
            jdbc.execute("SELECT match_rebuild_serial_index()");
            // then
            assertThat(byTriggers).containsExactly("QT4411", "SB123456");
            assertThat(sharedKeys()).isEqualTo(byTriggers);
        }

        @Test
        void aStolenFirearmSeizedInTheSameCountryIsAMatchAndMakesThatDifferAreFlagged() {
            // given
            lostStolen("L1", "KZ", "Tula", "AKS-74U", "5.45x39", "CE 967110");
            item("I1", "KZ", "Izhmash", "AKS-74U", "5,45х39", "СЕ-96.7110");
            // when
            Map<Set<String>, MatchLink> links = links();
            // then
            assertThat(links.get(Set.of("L1", "I1")))
                    .satisfies(link -> assertThat(link.strength()).isEqualTo(MatchStrength.SAME_KEY))
                    .satisfies(link -> assertThat(link.remarks()).containsExactly(MatchRemark.MAKES_DIFFER));
        }
    }
}
