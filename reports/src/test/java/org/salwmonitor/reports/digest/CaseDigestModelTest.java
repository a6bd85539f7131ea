package org.salwmonitor.reports.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.salwmonitor.core.casefile.AgencyType;
import org.salwmonitor.core.casefile.CaseStage;
import org.salwmonitor.core.casefile.CriminalContext;
import org.salwmonitor.core.casefile.EventType;
import org.salwmonitor.core.casefile.ItemLine;
import org.salwmonitor.core.casefile.LossKind;
import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.geo.Region;
import org.salwmonitor.core.sdg.Sdg1642Rate;
import org.salwmonitor.core.weapon.Calibre;
import org.salwmonitor.core.weapon.FirearmIdentification;
import org.salwmonitor.core.weapon.PartType;
import org.salwmonitor.core.weapon.SerialNumber;
import org.salwmonitor.core.weapon.WeaponType;
import org.salwmonitor.reports.Classification;
import org.salwmonitor.reports.ReportMetadata;
import org.salwmonitor.reports.digest.CaseDigestModel.CaseSummary;
import org.salwmonitor.reports.digest.CaseDigestModel.ItemSummary;
import org.salwmonitor.reports.digest.CaseDigestModel.ItemSummary.SerialState;
import org.salwmonitor.reports.digest.CaseDigestModel.MatchRecord;
import org.salwmonitor.reports.digest.CaseDigestModel.MatchSet;
import org.salwmonitor.reports.digest.CaseDigestModel.SdgReconciliation;
import org.salwmonitor.reports.digest.CaseDigestModel.TracingByState;

class CaseDigestModelTest {

    private static final Country KZ = Country.of("KZ");
    private static final Country KG = Country.of("KG");
    private static final ZonedDateTime GENERATED = ZonedDateTime.of(2025, 3, 14, 9, 30, 0, 0, ZoneOffset.UTC);

    private static ReportMetadata metadata(Classification classification) {
        return new ReportMetadata(Region.centralAsia(), 2020, 2024, classification, GENERATED,
                LocalDate.of(2025, 3, 1), false, List.of());
    }

    private static CaseSummary summary(String id, Country country, LocalDate date, boolean synthetic) {
        return new CaseSummary(id, country, date, EventType.SEIZED, AgencyType.POLICE, " Osh ", null, List.of(KG, KZ),
                Set.of(CriminalContext.DRUG_TRAFFICKING, CriminalContext.TERRORISM), null,
                ItemSummary.builder().firearms(WeaponType.SHOTGUN, 2, SerialState.LEGIBLE).build(), 1, synthetic);
    }

    private static MatchRecord item(String id, Country country, LocalDate date) {
        return MatchRecord.item(id, "EV" + id, EventType.SEIZED, country, null, date, "Izhmash", "AKM", "7.62x39",
                "PX 950209", false);
    }

    private static CaseDigestModel model(List<CaseSummary> cases) {
        return new CaseDigestModel(metadata(Classification.RESTRICTED), cases, List.of(), List.of(), List.of());
    }

    @Nested
    class Model {

        @Test
        void sortsCasesByMemberOrderDateAndIdAndKeepsTheMetadata() {
            // given
            CaseSummary kg = summary("EV3", KG, LocalDate.of(2021, 1, 1), false);
            CaseSummary kzLate = summary("EV2", KZ, LocalDate.of(2022, 1, 1), false);
            CaseSummary kzEarly = summary("EV1", KZ, LocalDate.of(2021, 6, 1), false);

            // when
            CaseDigestModel model = model(List.of(kg, kzLate, kzEarly));

            // then: in the region's member order (core-model sorts members by code: KG before KZ)
            assertThat(model.cases()).containsExactly(kg, kzEarly, kzLate);
            assertThat(model.caseStates()).containsExactly(KG, KZ);
            assertThat(model.metadata().synthetic()).isFalse();
        }

        @Test
        void anySyntheticRecordMarksTheDigestSynthetic() {
            CaseDigestModel fromCase = model(List.of(summary("EV1", KZ, LocalDate.of(2021, 1, 1), true)));
            CaseDigestModel fromMatch = new CaseDigestModel(metadata(Classification.RESTRICTED), List.of(),
                    List.of(new MatchSet("SET1", MatchStrength.SAME_KEY, List.of(
                            item("IT1", KZ, LocalDate.of(2020, 1, 1)),
                            MatchRecord.lossReport("LS1", LossKind.STOLEN, KG, LocalDate.of(2019, 1, 1), null, null,
                                    null, "px950209", true)))),
                    List.of(), List.of());

            assertThat(fromCase.metadata().synthetic()).isTrue();
            assertThat(fromMatch.metadata().synthetic()).isTrue();
        }

        @Test
        void refusesAPublicMarking() {
            assertThatThrownBy(() -> new CaseDigestModel(metadata(Classification.PUBLIC), List.of(), List.of(),
                    List.of(), List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("metadata classification must be RESTRICTED for the case digest, was PUBLIC");
        }

        @Test
        void limitedToAStateRefusesACaseOfAnotherStateOrAStateOutsideTheRegion() {
            List<CaseSummary> kazakh = List.of(summary("EV1", KZ, LocalDate.of(2021, 1, 1), false));
            assertThat(new CaseDigestModel(metadata(Classification.RESTRICTED), kazakh, List.of(), List.of(),
                    List.of(), KZ).state()).isEqualTo(KZ);
            assertThatThrownBy(() -> new CaseDigestModel(metadata(Classification.RESTRICTED),
                    List.of(summary("EV2", KG, LocalDate.of(2021, 1, 1), false)), List.of(), List.of(), List.of(), KZ))
                    .hasMessage("case EV2 country must be the digest's state KZ, was KG");
            assertThatThrownBy(() -> new CaseDigestModel(metadata(Classification.RESTRICTED), List.of(), List.of(),
                    List.of(), List.of(), Country.of("RU")))
                    .hasMessageStartingWith("state must be a member of");
        }

        @Test
        void refusesACaseOutsideTheYearsOrTheRegionOrTwice() {
            assertThatThrownBy(() -> model(List.of(summary("EV1", KZ, LocalDate.of(2019, 12, 31), false))))
                    .hasMessage("case EV1 date must lie in the report's years 2020 to 2024, was 2019-12-31");
            assertThatThrownBy(() -> model(List.of(summary("EV1", Country.of("AF"), LocalDate.of(2021, 1, 1), false))))
                    .hasMessageStartingWith("case EV1 country must be a member of CENTRAL_ASIA, was ");
            assertThatThrownBy(() -> model(List.of(summary("EV1", KZ, LocalDate.of(2021, 1, 1), false),
                    summary("EV1", KG, LocalDate.of(2022, 1, 1), false))))
                    .hasMessage("cases must not list event EV1 twice");
        }

        @Test
        void refusesATracingStateOrAnSdgStateYearTwice() {
            TracingByState row = new TracingByState(Country.of("RU"), 3, 1, 1, 1, 1, OptionalDouble.of(40));
            assertThatThrownBy(() -> new CaseDigestModel(metadata(Classification.RESTRICTED), List.of(), List.of(),
                    List.of(row, row), List.of())).hasMessageStartingWith("tracing must not list requested state");

            SdgReconciliation sdg = new SdgReconciliation(Sdg1642Rate.of(KZ, 2021, 1, 4), Sdg1642Rate.of(KZ, 2021, 2, 4));
            assertThatThrownBy(() -> new CaseDigestModel(metadata(Classification.RESTRICTED), List.of(), List.of(),
                    List.of(), List.of(sdg, sdg))).hasMessageStartingWith("sdg must not list");
            SdgReconciliation early = new SdgReconciliation(Sdg1642Rate.of(KZ, 2019, 1, 4),
                    Sdg1642Rate.of(KZ, 2019, 2, 4));
            assertThatThrownBy(() -> new CaseDigestModel(metadata(Classification.RESTRICTED), List.of(), List.of(),
                    List.of(), List.of(early))).hasMessageContaining("must lie in the report's years 2020 to 2024");
        }
    }

    @Nested
    class Cases {

        @Test
        void keepsThePlaceStrippedAndTheContextsInDeclarationOrder() {
            CaseSummary summary = summary("EV1", KZ, LocalDate.of(2021, 1, 1), false);

            assertThat(summary.place()).isEqualTo("Osh");
            assertThat(summary.contexts()).containsExactly(CriminalContext.TERRORISM, CriminalContext.DRUG_TRAFFICKING);
        }

        @Test
        void refusesAnIdThatIsNotASourceIdentifier() {
            assertThatThrownBy(() -> summary("Aigul Canaryeva", KZ, LocalDate.of(2021, 1, 1), false))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("eventId must be 3 to 40 upper-case Latin letters");
        }

        @Test
        void refusesNegativePersons() {
            assertThatThrownBy(() -> new CaseSummary("EV1", KZ, LocalDate.of(2021, 1, 1), EventType.FOUND,
                    AgencyType.POLICE, null, null, List.of(), Set.of(), CaseStage.TRIAL,
                    ItemSummary.builder().build(), -1, false))
                    .hasMessage("persons of event EV1 must not be negative, was -1");
        }

        @ParameterizedTest
        @CsvSource({"INVESTIGATION,INVESTIGATION", "PROSECUTION,PROSECUTION", "TRIAL,TRIAL", "CONVICTED,CONVICTION",
            "ACQUITTED,ACQUITTAL", "DISCONTINUED,CLOSED", "CLOSED,CLOSED", "CONVICTION,CONVICTION"})
        void mapsTheCaseStageCodesOfTheFiles(String code, CaseStage stage) {
            assertThat(CaseSummary.stageOf(code)).isEqualTo(stage);
        }

        @Test
        void noCaseIsNoStageAndAnUnknownCodeIsRefused() {
            assertThat(CaseSummary.stageOf("NO_CASE")).isNull();
            assertThatThrownBy(() -> CaseSummary.stageOf("PENDING"))
                    .hasMessageStartingWith("case stage code must be one of").hasMessageEndingWith("was 'PENDING'");
        }
    }

    @Nested
    class Items {

        @Test
        void countsCoreItemLinesBySerialStateAndLeavesAntiquesOut() {
            // given
            FirearmIdentification read = FirearmIdentification.of(WeaponType.ASSAULT_RIFLE)
                    .withSerial(SerialNumber.of("AK 1234"));
            FirearmIdentification defaced = FirearmIdentification.of(WeaponType.ASSAULT_RIFLE).withSerialObliterated(true);
            FirearmIdentification antique = FirearmIdentification.of(WeaponType.RIFLE_OR_CARBINE).withYearOfManufacture(1891);
            List<ItemLine> lines = List.of(ItemLine.firearm(1, read), ItemLine.firearm(2, defaced),
                    ItemLine.firearms(3, 4, WeaponType.PISTOL_OR_REVOLVER), ItemLine.firearm(4, antique),
                    ItemLine.parts(5, 2, PartType.BARREL), ItemLine.ammunition(6, 120, Calibre.parse("7.62x39")));

            // when
            ItemSummary summary = ItemSummary.of(lines);

            // then
            assertThat(summary.firearms()).containsExactly(Map.entry(WeaponType.PISTOL_OR_REVOLVER, 4L),
                    Map.entry(WeaponType.ASSAULT_RIFLE, 2L));
            assertThat(summary.totalFirearms()).isEqualTo(6);
            assertThat(summary.serialsLegible()).isEqualTo(1);
            assertThat(summary.serialsObliterated()).isEqualTo(1);
            assertThat(summary.serialsNotRecorded()).isEqualTo(4);
            assertThat(summary.parts()).isEqualTo(2);
            assertThat(summary.rounds()).isEqualTo(120);
        }

        @Test
        void refusesMoreSerialsThanFirearms() {
            assertThatThrownBy(() -> new ItemSummary(Map.of(WeaponType.SHOTGUN, 1L), 1, 1, 0, 0))
                    .hasMessage("serialsLegible 1 and serialsObliterated 1 must not exceed the firearms, 1");
            assertThatThrownBy(() -> new ItemSummary(Map.of(WeaponType.SHOTGUN, 0L), 0, 0, 0, 0))
                    .hasMessage("firearms count of SHOTGUN must be at least 1, was 0");
        }

        @Test
        void serialStateOfTheFileFlags() {
            assertThat(SerialState.of(true, true)).isEqualTo(SerialState.OBLITERATED);
            assertThat(SerialState.of(false, true)).isEqualTo(SerialState.LEGIBLE);
            assertThat(SerialState.of(false, false)).isEqualTo(SerialState.NOT_RECORDED);
        }
    }

    @Nested
    class Matches {

        @Test
        void ordersRecordsByDateAndListsTheStates() {
            MatchSet set = new MatchSet("SET1", MatchStrength.IDENTICAL_SERIAL, List.of(
                    item("IT2", KG, LocalDate.of(2022, 1, 1)), item("IT1", KZ, LocalDate.of(2020, 1, 1)),
                    item("IT3", KZ, LocalDate.of(2023, 1, 1))));

            assertThat(set.records()).extracting(MatchRecord::recordId).containsExactly("IT1", "IT2", "IT3");
            assertThat(set.states()).containsExactly(KZ, KG);
        }

        @Test
        void refusesASetOfOneOrARecordTwice() {
            MatchRecord one = item("IT1", KZ, LocalDate.of(2020, 1, 1));
            assertThatThrownBy(() -> new MatchSet("SET1", MatchStrength.SAME_KEY, List.of(one)))
                    .hasMessage("records of set SET1 must hold at least two records, was 1");
            assertThatThrownBy(() -> new MatchSet("SET1", MatchStrength.SAME_KEY, List.of(one, one)))
                    .hasMessage("records of set SET1 must not list record IT1 twice");
        }

        @Test
        void aRecordIsAnItemOrALossReportNeverBoth() {
            assertThatThrownBy(() -> new MatchRecord("IT1", "EV1", EventType.SEIZED, LossKind.LOST, KZ, null,
                    LocalDate.of(2020, 1, 1), null, null, null, "123", false))
                    .hasMessageStartingWith("record IT1 must have an eventId and eventType (an item) or a lossKind");
            assertThatThrownBy(() -> new MatchRecord("IT1", null, null, null, KZ, null, LocalDate.of(2020, 1, 1), null,
                    null, null, "123", false)).hasMessageStartingWith("record IT1 must have");
            assertThatThrownBy(() -> MatchRecord.lossReport("LS1", LossKind.LOST, KZ, LocalDate.of(2020, 1, 1), null,
                    null, null, " ", false)).hasMessage("serial of record LS1 must be null or not blank, was ' '");
        }
    }

    @Nested
    class Tracing {

        @Test
        void refusesCountsThatDoNotAddUpOrAMedianWithoutAnswers() {
            Country ru = Country.of("RU");
            assertThatThrownBy(() -> new TracingByState(ru, 2, 1, 0, 1, 1, OptionalDouble.of(3)))
                    .hasMessage("answered 1, pending 1 and noResponse 1 of requested state RU must not add up to"
                            + " more than sent, 2");
            assertThatThrownBy(() -> new TracingByState(ru, 2, 1, 2, 0, 0, OptionalDouble.of(3)))
                    .hasMessage("originEstablished of requested state RU must not exceed answered 1, was 2");
            assertThatThrownBy(() -> new TracingByState(ru, 2, 0, 0, 2, 0, OptionalDouble.of(3)))
                    .hasMessageStartingWith("medianResponseDays of requested state RU must be present exactly when");
            assertThat(new TracingByState(ru, 2, 0, 0, 2, 0, OptionalDouble.empty()).pending()).isEqualTo(2);
        }
    }

    @Nested
    class Sdg {

        @Test
        void differenceIsRecordsMinusStatisticsOrNothing() {
            SdgReconciliation both = new SdgReconciliation(Sdg1642Rate.of(KZ, 2021, 30, 120),
                    Sdg1642Rate.of(KZ, 2021, 20, 100));
            SdgReconciliation noStatistics = new SdgReconciliation(Sdg1642Rate.of(KZ, 2021, 30, 120),
                    new Sdg1642Rate(KZ, 2021, OptionalLong.empty(), OptionalLong.empty()));

            assertThat(both.differencePoints()).hasValue(5.0);
            assertThat(both.state()).isEqualTo(KZ);
            assertThat(both.year()).isEqualTo(2021);
            assertThat(noStatistics.differencePoints()).isEmpty();
        }

        @Test
        void refusesRatesOfDifferentStateYears() {
            assertThatThrownBy(() -> new SdgReconciliation(Sdg1642Rate.of(KZ, 2021, 1, 2), Sdg1642Rate.of(KG, 2021, 1, 2)))
                    .hasMessage("fromStatistics must be of the state and year of fromRecords, KZ 2021, was KG 2021");
        }
    }

    @Nested
    class Templates {

        @Test
        void everyDigestTemplateCompiles() throws IOException, JRException {
            List<Path> templates;
            try (Stream<Path> files = Files.list(Path.of("src/main/resources/org/salwmonitor/reports/digest"))) {
                templates = files.filter(file -> file.toString().endsWith(".jrxml")).sorted().toList();
            }

            assertThat(templates).extracting(path -> path.getFileName().toString()).containsExactly(
                    "case-digest-cases.jrxml", "case-digest-matches.jrxml", "case-digest-sdg.jrxml",
                    "case-digest-tracing.jrxml", "case-digest.jrxml");
            for (Path template : templates) {
                assertThat(JasperCompileManager.compileReport(template.toString()).getName())
                        .isEqualTo(template.getFileName().toString().replace(".jrxml", ""));
            }
        }

        @Test
        void russianBundleHasEveryKeyOfTheEnglishOneAndEveryStrengthHasALabel() throws IOException {
            Properties english = load("digest.properties");
            Properties russian = load("digest_ru.properties");

            assertThat(russian.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
            for (MatchStrength strength : MatchStrength.values()) {
                assertThat(english).containsKey("strength." + strength.name());
            }
            assertThat(new DigestTexts(Locale.ENGLISH).t("cases.intro")).contains("source system's identifier");
            assertThat(new DigestTexts(Locale.forLanguageTag("ru")).t("footer.page")).isEqualTo("Страница {0} из {1}");
        }

        private Properties load(String name) throws IOException {
            Properties properties = new Properties();
            try (var in = getClass().getResourceAsStream(name)) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            return properties;
        }
    }
}
