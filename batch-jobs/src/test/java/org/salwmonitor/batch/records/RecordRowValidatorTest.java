package org.salwmonitor.batch.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.salwmonitor.batch.shared.CsvRow;
import org.salwmonitor.batch.shared.CsvRowReader;
import org.salwmonitor.batch.shared.RowReject;
import org.salwmonitor.core.casefile.Pseudonym;
import org.salwmonitor.sampledata.SampleData;

class RecordRowValidatorTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private static final Map<String, String> EVENT = row(RecordKind.EVENTS, "EV-1", "KZ", "2021-09-03", "SEIZED",
            "POLICE", "Almaty", "ILLICIT_POSSESSION", "DRUG_TRAFFICKING|OTHER", "KG|KZ", "KZ-POL-P000002|KZ-POL-P000001",
            "TRIAL", "true");
    private static final Map<String, String> FIREARM = row(RecordKind.ITEMS, "IT-1", "EV-1", "1", "FIREARM",
            "ASSAULT_RIFLE", "", "Izhmash", "AKM", "7.62x39", "№ КА-447123", "false", "SUHH", "1978",
            "боевое автоматическое", "1", "WEAPONS", "true");
    private static final Map<String, String> AMMUNITION = row(RecordKind.ITEMS, "IT-2", "EV-1", "2", "AMMUNITION", "",
            "", "", "", "7.62x39", "", "", "", "", "", "120", "ROUNDS", "true");
    private static final Map<String, String> REQUEST = row(RecordKind.TRACING_REQUESTS, "TR-1", "IT-1", "KZ", "RU",
            "INTERPOL_IARMS", "2021-09-20", "2021-12-24", "ORIGIN_ESTABLISHED", "THEFT_FROM_STATE_STOCK", "true");
    private static final Map<String, String> LOSS = row(RecordKind.LOST_STOLEN, "LS-1", "KG", "2010-04-08", "STOLEN",
            "GUN_SHOP", "SHOTGUN", "Baikal", "MP-153", "12 ga", "kt894982", "RU", "true");

    private static Map<String, String> row(RecordKind kind, String... values) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            row.put(kind.columns().get(i), values[i]);
        }
        return Map.copyOf(row);
    }

    private static Map<String, String> with(Map<String, String> row, String column, String value) {
        Map<String, String> changed = new LinkedHashMap<>(row);
        changed.put(column, value);
        return changed;
    }

    private static RecordRowValidator.Outcome validate(RecordKind kind, Map<String, String> values) {
        return new RecordRowValidator(kind, KEY).validate(new CsvRow("f.csv", 7, values, null), kind.columns().size());
    }

    private static RecordRow accepted(RecordKind kind, Map<String, String> values) {
        RecordRowValidator.Outcome outcome = validate(kind, values);
        assertThat(outcome).isInstanceOf(RecordRowValidator.Accepted.class);
        return ((RecordRowValidator.Accepted) outcome).row();
    }

    private static RowReject theReject(RecordKind kind, Map<String, String> values) {
        RecordRowValidator.Outcome outcome = validate(kind, values);
        assertThat(outcome).isInstanceOf(RecordRowValidator.Rejected.class);
        List<RowReject> rejects = ((RecordRowValidator.Rejected) outcome).rejects();
        assertThat(rejects).hasSize(1);
        assertThat(rejects.get(0).fileName()).isEqualTo("f.csv");
        assertThat(rejects.get(0).line()).isEqualTo(7);
        return rejects.get(0);
    }

    @Nested
    class Events {

        @Test
        void aValidEventIsNormalisedAndItsPersonsBecomePseudonyms() {
            // when
            RecordRow.Event event = (RecordRow.Event) accepted(RecordKind.EVENTS, EVENT);
            // then
            assertThat(event.id()).isEqualTo("EV-1");
            assertThat(event.eventDate()).isEqualTo(LocalDate.of(2021, 9, 3));
            assertThat(event.contexts()).containsExactly("DRUG_TRAFFICKING", "OTHER");
            assertThat(event.route()).containsExactly("KG", "KZ");
            assertThat(event.pseudonyms()).containsExactlyInAnyOrder(Pseudonym.derive(KEY, "KZ-POL-P000001").token(),
                    Pseudonym.derive(KEY, "KZ-POL-P000002").token()).isSorted();
            assertThat(event.toString()).doesNotContain("P000001").doesNotContain("P000002");
        }

        @Test
        void theSamePersonTwiceIsOnePseudonym() {
            RecordRow.Event event = (RecordRow.Event) accepted(RecordKind.EVENTS,
                    with(EVENT, "PERSON_REFS", "KZ-POL-P000001| KZ-POL-P000001"));
            assertThat(event.pseudonyms()).hasSize(1);
        }

        @Test
        void alpha3AndNumericCountryCodesAreStoredAsAlpha2() {
            RecordRow.Event event = (RecordRow.Event) accepted(RecordKind.EVENTS,
                    with(with(EVENT, "REF_AREA", "KAZ"), "ROUTE", "417|398"));
            assertThat(event.refArea()).isEqualTo("KZ");
            assertThat(event.route()).containsExactly("KG", "KZ");
        }

        @ParameterizedTest(name = "{0}={1}: {2}")
        @CsvSource(delimiter = ';', value = {
            "EVENT_DATE;03.09.2021;DATE_FORMAT",
            "EVENT_DATE;1899-12-31;DATE_RANGE",
            "EVENT_DATE;'';REQUIRED",
            "REF_AREA;XX;REF_AREA_UNKNOWN",
            "EVENT;CONFISCATED;CODE_UNKNOWN",
            "AGENCY;ARMY;CODE_UNKNOWN",
            "LEGAL_BASIS;SMUGGLING;CODE_UNKNOWN",
            "CONTEXTS;TERRORISM|PIRACY;CODE_UNKNOWN",
            "ROUTE;AF|TJ|KG;ROUTE_WITHOUT_AREA",
            "ROUTE;AF|XX|KZ;REF_AREA_UNKNOWN",
            "CASE_STAGE;CONVICTION;CODE_UNKNOWN",
            "SYNTHETIC;maybe;CODE_UNKNOWN",
            "EVENT_ID;EV 1;ID_FORMAT",
            "EVENT_ID;EV-12345678901234567890123456789012345678;FIELD_TOO_LONG"})
        void aBrokenColumnRejectsTheRowUnderItsRule(String column, String value, String rule) {
            RowReject reject = theReject(RecordKind.EVENTS, with(EVENT, column, value));
            assertThat(reject.column()).isEqualTo(column);
            assertThat(reject.rule()).isEqualTo(rule);
            assertThat(reject.value()).isEqualTo(value.isEmpty() ? "" : value);
            assertThat(reject.message()).contains(column);
        }

        @Test
        void aLegalBasisOnAFindIsNotApplicable() {
            RowReject reject = theReject(RecordKind.EVENTS, with(EVENT, "EVENT", "FOUND"));
            assertThat(reject.rule()).isEqualTo("FIELD_NOT_APPLICABLE");
            assertThat(reject.column()).isEqualTo("LEGAL_BASIS");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Иванов Иван Иванович", "KZ-POL-P01234", "kz-pol-p004512", "KZ-POL-P004512 x",
            "KZ POL P004512", "N12345678", "KZ-POL-P004512||KZ-POL-P004513"})
        void aPersonRefThatIsNoIdentifierIsRejectedAndNeverRepeated(String refs) {
            RowReject reject = theReject(RecordKind.EVENTS, with(EVENT, "PERSON_REFS", "KZ-POL-P000001|" + refs));
            assertThat(reject.rule()).isEqualTo("PERSON_REF_FORMAT");
            assertThat(reject.column()).isEqualTo("PERSON_REFS");
            assertThat(reject.value()).startsWith("[redacted: ").doesNotContain(refs).doesNotContain("P000001");
            assertThat(reject.message()).doesNotContain(refs).doesNotContain("P000001");
            assertThat(reject.toString()).doesNotContain(refs);
        }

        @Test
        void tooManyPersonsAreRejectedWithoutRepeatingThem() {
            String refs = String.join("|", java.util.Collections.nCopies(101, "KZ-POL-P000001"));
            RowReject reject = theReject(RecordKind.EVENTS, with(EVENT, "PERSON_REFS", refs));
            assertThat(reject.rule()).isEqualTo("FIELD_TOO_LONG");
            assertThat(reject.value()).startsWith("[redacted: ");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Канарейкин Иван Петрович", "Osh, у гр. Петрова", "гражданка Сидорова",
            "Mr CANARYNAME", "Mrs. Smith's house", "Petrov Ivan Sergeevich", "Иванова Мария Петровна",
            "Нурлан Абишұлы", "Асан уулу Бекболот", "Aliyeva Leyla Kamil qizi", "Иванов И.И.", "И. И. Иванов",
            "Ivanov I.I., Almaty"})
        void aPlaceHoldingAPersonsNameIsRejectedAndNeverRepeated(String place) {
            RowReject reject = theReject(RecordKind.EVENTS, with(EVENT, "PLACE", place));
            assertThat(reject.rule()).isEqualTo("PERSONAL_DATA_IN_TEXT");
            assertThat(reject.column()).isEqualTo("PLACE");
            assertThat(reject.value()).isEqualTo("[redacted: " + place.length() + " characters]");
            assertThat(reject.message()).doesNotContain(place);
        }

        @Test
        void aNameInACodeColumnIsNotRepeatedEither() {
            RowReject reject = theReject(RecordKind.EVENTS, with(EVENT, "AGENCY", "Петров Иван Сергеевич"));
            assertThat(reject.rule()).isEqualTo("CODE_UNKNOWN");
            assertThat(reject.value()).startsWith("[redacted: ");
            assertThat(reject.message()).doesNotContain("Петров").doesNotContain("Сергеевич");
        }

        @Test
        void aTooLongPlaceIsRejected() {
            RowReject reject = theReject(RecordKind.EVENTS, with(EVENT, "PLACE", "x".repeat(201)));
            assertThat(reject.rule()).isEqualTo("FIELD_TOO_LONG");
        }

        @Test
        void aFormulaInThePlaceIsKeptAsTextWithANotice() {
            RecordRowValidator.Outcome outcome = validate(RecordKind.EVENTS, with(EVENT, "PLACE", "=HYPERLINK(\"x\")"));
            assertThat(outcome).isInstanceOf(RecordRowValidator.Accepted.class);
            RecordRowValidator.Accepted accepted = (RecordRowValidator.Accepted) outcome;
            assertThat(((RecordRow.Event) accepted.row()).place()).isEqualTo("=HYPERLINK(\"x\")");
            assertThat(accepted.notices()).extracting(RowReject::rule).containsExactly("TEXT_FORMULA");
        }

        @Test
        void aPseudonymKeyIsNeededForEvents() {
            assertThatThrownBy(() -> new RecordRowValidator(RecordKind.EVENTS, new byte[16]))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 32 bytes");
        }
    }

    @Nested
    class Items {

        @Test
        void aFirearmKeepsItsSerialAsWrittenWithTheMatchingKey() {
            RecordRow.Item item = (RecordRow.Item) accepted(RecordKind.ITEMS, FIREARM);
            assertThat(item.serial()).isEqualTo("№ КА-447123");
            assertThat(item.serialKey()).isEqualTo("KA447123");
            assertThat(item.manufactureCountry()).isEqualTo("SUHH");
            assertThat(item.manufactureYear()).isEqualTo(1978);
            assertThat(item.position()).isEqualTo(1);
        }

        @Test
        void ammunitionIsCountedInRounds() {
            RecordRow.Item item = (RecordRow.Item) accepted(RecordKind.ITEMS, AMMUNITION);
            assertThat(item.quantity()).isEqualTo(120);
            assertThat(item.weaponType()).isNull();
            assertThat(item.serialObliterated()).isFalse();
        }

        @ParameterizedTest(name = "{0}={1}: {2}")
        @CsvSource(delimiter = ';', value = {
            "UNIT_MEASURE;ROUNDS;UNIT_MISMATCH",
            "UNIT_MEASURE;BOXES;CODE_UNKNOWN",
            "QUANTITY;0;QUANTITY_NOT_POSITIVE",
            "QUANTITY;-2;QUANTITY_NOT_POSITIVE",
            "QUANTITY;one;NUMBER_FORMAT",
            "QUANTITY;2;QUANTITY_NOT_ONE",
            "MANUFACTURE_YEAR;1885;ANTIQUE",
            "MANUFACTURE_YEAR;78;DATE_FORMAT",
            "MANUFACTURE_YEAR;2101;DATE_RANGE",
            "MANUFACTURE_COUNTRY;USSR;REF_AREA_UNKNOWN",
            "WEAPON_TYPE;'';REQUIRED",
            "WEAPON_TYPE;RIFLE;CODE_UNKNOWN",
            "PART_KIND;BARREL;FIELD_NOT_APPLICABLE",
            "LINE;0;NUMBER_FORMAT",
            "SERIAL_OBLITERATED;partly;CODE_UNKNOWN",
            "MAKE;гр. Петров;PERSONAL_DATA_IN_TEXT",
            "NATIONAL_CATEGORY;изъято у Петрова Ивана Сергеевича;PERSONAL_DATA_IN_TEXT"})
        void aBrokenFirearmColumnRejectsTheRowUnderItsRule(String column, String value, String rule) {
            RowReject reject = theReject(RecordKind.ITEMS, with(FIREARM, column, value));
            assertThat(reject.column()).isEqualTo(column);
            assertThat(reject.rule()).isEqualTo(rule);
        }

        @Test
        void ammunitionHasNoWeaponType() {
            RowReject reject = theReject(RecordKind.ITEMS, with(AMMUNITION, "WEAPON_TYPE", "SHOTGUN"));
            assertThat(reject.rule()).isEqualTo("FIELD_NOT_APPLICABLE");
        }

        @Test
        void aPartNeedsItsKind() {
            RowReject reject = theReject(RecordKind.ITEMS, with(with(AMMUNITION, "ITEM_CLASS", "PARTS_AND_COMPONENTS"),
                    "UNIT_MEASURE", "PIECES"));
            assertThat(reject.rule()).isEqualTo("REQUIRED");
            assertThat(reject.column()).isEqualTo("PART_KIND");
        }

        @Test
        void antiqueAmmunitionIsNotAFirearmRule() {
            accepted(RecordKind.ITEMS, with(AMMUNITION, "MANUFACTURE_YEAR", "1890"));
        }
    }

    @Nested
    class SerialKeys {

        @ParameterizedTest(name = "{0} obliterated={1} -> {2}")
        @CsvSource(nullValues = "NULL", value = {
            "'КА-447123',false,KA447123",
            "'ka447123',false,KA447123",
            "'№ KA 447123',false,KA447123",
            "'EK48**08',true,NULL",
            "'??3463??',true,NULL",
            "'EK4808',true,EK4808",
            "'б/н',false,NULL",
            "'',false,NULL"})
        void theKeyIsCoreModelsOrNoneWhenNothingLegibleRemains(String serial, boolean obliterated, String key) {
            assertThat(RecordRowValidator.serialKey(serial, obliterated)).isEqualTo(key);
        }
    }

    @Nested
    class TracingRequests {

        @Test
        void anAnsweredRequestIsAccepted() {
            RecordRow.TracingRequest request = (RecordRow.TracingRequest) accepted(RecordKind.TRACING_REQUESTS, REQUEST);
            assertThat(request.dateAnswered()).isEqualTo(LocalDate.of(2021, 12, 24));
        }

        @ParameterizedTest(name = "{0}={1}: {2} on {3}")
        @CsvSource(delimiter = ';', value = {
            "DATE_ANSWERED;2021-09-01;DATE_ORDER;DATE_ANSWERED",
            "DATE_ANSWERED;'';REQUIRED;DATE_ANSWERED",
            "ILLICIT_ORIGIN;'';REQUIRED;ILLICIT_ORIGIN",
            "ILLICIT_ORIGIN;STOLEN;CODE_UNKNOWN;ILLICIT_ORIGIN",
            "CHANNEL;EMAIL;CODE_UNKNOWN;CHANNEL",
            "OUTCOME;MAYBE;CODE_UNKNOWN;OUTCOME",
            "REQUESTED_STATE;ZZ;REF_AREA_UNKNOWN;REQUESTED_STATE",
            "DATE_SENT;2021/09/20;DATE_FORMAT;DATE_SENT"})
        void aBrokenColumnRejectsTheRowUnderItsRule(String column, String value, String rule, String rejected) {
            RowReject reject = theReject(RecordKind.TRACING_REQUESTS, with(REQUEST, column, value));
            assertThat(reject.rule()).isEqualTo(rule);
            assertThat(reject.column()).isEqualTo(rejected);
        }

        @Test
        void aPendingRequestHasNoAnswerDateNorOrigin() {
            Map<String, String> pending = with(REQUEST, "OUTCOME", "PENDING");
            RecordRowValidator.Outcome outcome = validate(RecordKind.TRACING_REQUESTS, pending);
            assertThat(((RecordRowValidator.Rejected) outcome).rejects()).extracting(RowReject::column)
                    .containsExactly("DATE_ANSWERED", "ILLICIT_ORIGIN");
            accepted(RecordKind.TRACING_REQUESTS, with(with(pending, "DATE_ANSWERED", ""), "ILLICIT_ORIGIN", ""));
        }
    }

    @Nested
    class LostStolen {

        @Test
        void aLossIsAcceptedWithItsSerialKey() {
            RecordRow.LostStolen loss = (RecordRow.LostStolen) accepted(RecordKind.LOST_STOLEN, LOSS);
            assertThat(loss.serialKey()).isEqualTo("KT894982");
        }

        @ParameterizedTest
        @CsvSource({"KIND,MISSING", "HOLDER,ARMY", "WEAPON_TYPE,GUN", "DATE_REPORTED,2010-13-01"})
        void aBrokenColumnRejectsTheRow(String column, String value) {
            assertThat(theReject(RecordKind.LOST_STOLEN, with(LOSS, column, value)).column()).isEqualTo(column);
        }
    }

    @Nested
    class WholeRows {

        @Test
        void aRowWithTheWrongNumberOfFieldsIsRejectedAsAWhole() {
            Map<String, String> values = new LinkedHashMap<>(EVENT);
            values.put(CsvRowReader.FIELD_COUNT, "11");
            RowReject reject = theReject(RecordKind.EVENTS, values);
            assertThat(reject.rule()).isEqualTo("FIELD_COUNT");
            assertThat(reject.column()).isNull();
        }

        @Test
        void aRowTooLongIsRejectedWithoutItsContent() {
            RowReject reject = theReject(RecordKind.ITEMS, Map.of(CsvRow.TOO_LONG, "2000000"));
            assertThat(reject.rule()).isEqualTo("LINE_TOO_LONG");
            assertThat(reject.value()).isNull();
        }
    }

    @Nested
    class PersonalDataDetection {

        @Test
        void noTextOfTheSampleRecordsLooksLikeAName() throws IOException {
            Set<String> texts = new HashSet<>();
            for (String file : List.of(SampleData.EVENTS, SampleData.ITEMS, SampleData.LOST_STOLEN)) {
                try (InputStream in = SampleData.open(file);
                        CSVParser parser = CSVParser.parse(in, StandardCharsets.UTF_8,
                                CSVFormat.DEFAULT.builder().setHeader().get())) {
                    for (CSVRecord record : parser) {
                        for (String column : List.of("PLACE", "MAKE", "MODEL", "CALIBRE", "SERIAL", "NATIONAL_CATEGORY")) {
                            if (record.isMapped(column)) {
                                texts.add(record.get(column));
                            }
                        }
                    }
                }
            }
            assertThat(texts).hasSizeGreaterThan(100).noneMatch(PersonalData::looksLikeName);
        }

        @ParameterizedTest
        @ValueSource(strings = {"г. Алматы", "GBAO, Khorog", "Khatlon region, border", "Degtyaryov Plant",
            "Kalashnikov Concern", "Mosin M91/30", "9 mm P.A.K.", "Ulytau region", "Mississippi", "гладкоствольное",
            "Shahritus district, border", "Surkhandarya region, Termez", "Izhevsk Mechanical Plant", "12,7х108"})
        void placesAndMakesAreNotNames(String text) {
            assertThat(PersonalData.looksLikeName(text)).isFalse();
        }

        @Test
        void theRedactedPlaceholderGivesOnlyTheLength() {
            assertThat(PersonalData.redacted("Канарейкин")).isEqualTo("[redacted: 10 characters]");
        }
    }

    @Test
    void everyKindHasItsDocumentedColumns() {
        assertThat(Arrays.stream(RecordKind.values()).map(kind -> kind.columns().get(kind.columns().size() - 1)))
                .containsOnly("SYNTHETIC");
    }
}
