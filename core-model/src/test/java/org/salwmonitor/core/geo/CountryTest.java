package org.salwmonitor.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Nested
    class ReferenceTable {

        @Test
        void listsEveryUnMemberStateAndTheTwoObserverStates() {
            // when
            List<Country> all = Country.all();
            // then
            assertThat(all.stream().filter(Country::unMember)).hasSize(193);
            assertThat(all.stream().filter(c -> !c.unMember()).map(Country::alpha2)).containsExactlyInAnyOrder("PS", "VA");
            assertThat(all).hasSize(195);
        }

        @Test
        void hasUniqueCodesOfEachKind() {
            // given
            List<Country> all = Country.all();
            // when
            Set<String> alpha2 = all.stream().map(Country::alpha2).collect(Collectors.toSet());
            Set<String> alpha3 = all.stream().map(Country::alpha3).collect(Collectors.toSet());
            Set<Integer> numeric = all.stream().map(Country::numeric).collect(Collectors.toSet());
            // then
            assertThat(alpha2).hasSize(all.size());
            assertThat(alpha3).hasSize(all.size());
            assertThat(numeric).hasSize(all.size());
        }

        @Test
        void isOrderedByAlpha2AndUnmodifiable() {
            // when
            List<Country> all = Country.all();
            // then
            assertThat(all).isSorted();
            assertThatThrownBy(() -> all.add(Country.of("KZ"))).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void everyCountryCanBeFoundByEachOfItsCodes() {
            for (Country country : Country.all()) {
                assertThat(Country.of(country.alpha2())).isSameAs(country);
                assertThat(Country.ofAlpha3(country.alpha3())).isSameAs(country);
                assertThat(Country.ofNumeric(country.numeric())).isSameAs(country);
                assertThat(Country.parse(String.format("%03d", country.numeric()))).isSameAs(country);
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"KZ", "KG", "TJ", "TM", "UZ"})
        void resolvesEveryCentralAsianCountry(String alpha2) {
            // when
            Country country = Country.of(alpha2);
            // then
            assertThat(country.alpha2()).isEqualTo(alpha2);
            assertThat(country.unMember()).isTrue();
        }
    }

    @Nested
    class Lookup {

        @ParameterizedTest
        @CsvSource(delimiter = ';', textBlock = """
                KZ;KAZ;398;Kazakhstan;Казахстан
                KG;KGZ;417;Kyrgyzstan;Кыргызстан
                TJ;TJK;762;Tajikistan;Таджикистан
                TM;TKM;795;Turkmenistan;Туркменистан
                UZ;UZB;860;Uzbekistan;Узбекистан
                AF;AFG;4;Afghanistan;Афганистан
                TR;TUR;792;Türkiye;Турция
                IR;IRN;364;Iran (Islamic Republic of);Иран (Исламская Республика)
                BO;BOL;68;Bolivia (Plurinational State of);Боливия (Многонациональное Государство)
                VA;VAT;336;Holy See;Святой Престол
                PS;PSE;275;State of Palestine;Государство Палестина
                """)
        void findsTheSameCountryByEveryCode(String alpha2, String alpha3, int numeric, String nameEn, String nameRu) {
            // when
            Country country = Country.of(alpha2);
            // then
            assertThat(country.alpha3()).isEqualTo(alpha3);
            assertThat(country.numeric()).isEqualTo(numeric);
            assertThat(country.nameEn()).isEqualTo(nameEn);
            assertThat(country.nameRu()).isEqualTo(nameRu);
            assertThat(Country.ofAlpha3(alpha3)).isEqualTo(country);
            assertThat(Country.ofNumeric(numeric)).isEqualTo(country);
            assertThat(Country.parse(alpha2)).isEqualTo(country);
            assertThat(Country.parse(alpha3)).isEqualTo(country);
            assertThat(Country.parse(Integer.toString(numeric))).isEqualTo(country);
        }

        @ParameterizedTest
        @CsvSource({"004, AF", "04, AF", "4, AF", "068, BO", "398, KZ", "' kaz ', KZ", "' kz ', KZ", "tur, TR"})
        void parsesAnyCodeIgnoringCaseSpacesAndLeadingZeros(String code, String alpha2) {
            // when
            Country country = Country.parse(code);
            // then
            assertThat(country.alpha2()).isEqualTo(alpha2);
        }

        @Test
        void lookupIgnoresCaseAndSurroundingSpaces() {
            assertThat(Country.of(" kz ")).isEqualTo(Country.of("KZ"));
            assertThat(Country.ofAlpha3("kgz")).isEqualTo(Country.of("KG"));
        }

        @Test
        void tellsWhetherACodeIsKnown() {
            assertThat(Country.isKnown("TJ")).isTrue();
            assertThat(Country.isKnown("TKM")).isTrue();
            assertThat(Country.isKnown("860")).isTrue();
            assertThat(Country.isKnown("XX")).isFalse();
            assertThat(Country.isKnown("")).isFalse();
            assertThat(Country.isKnown(null)).isFalse();
        }
    }

    @Nested
    class UnknownCodes {

        @Test
        void ofRejectsUnknownAlpha2NamingIt() {
            assertThatThrownBy(() -> Country.of("XX"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("alpha2 must be an ISO 3166-1 alpha-2 code of a known country, was 'XX'");
        }

        @Test
        void ofAlpha3RejectsUnknownAlpha3NamingIt() {
            assertThatThrownBy(() -> Country.ofAlpha3("XXX"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("alpha3 must be an ISO 3166-1 alpha-3 code of a known country, was 'XXX'");
        }

        @Test
        void ofNumericRejectsUnknownNumericNamingIt() {
            assertThatThrownBy(() -> Country.ofNumeric(999))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("numeric must be a UN M49 code of a known country, was 999");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                QQ   | alpha2 must be an ISO 3166-1 alpha-2 code of a known country, was 'QQ'
                QQQ  | alpha3 must be an ISO 3166-1 alpha-3 code of a known country, was 'QQQ'
                000  | numeric must be a UN M49 code of a known country, was 0
                999  | numeric must be a UN M49 code of a known country, was 999
                KAZA | country code must be an ISO 3166-1 alpha-2, alpha-3 or numeric code, was 'KAZA'
                0398 | country code must be an ISO 3166-1 alpha-2, alpha-3 or numeric code, was '0398'
                K    | country code must be an ISO 3166-1 alpha-2, alpha-3 or numeric code, was 'K'
                """)
        void parseRejectsUnknownCodesNamingThem(String code, String message) {
            assertThatThrownBy(() -> Country.parse(code))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(message);
        }

        @Test
        void parseRejectsBlankCode() {
            assertThatThrownBy(() -> Country.parse(" "))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("country code must be an ISO 3166-1 alpha-2, alpha-3 or numeric code, was ' '");
        }

        @Test
        void lookupsRejectNullNamingTheField() {
            assertThatThrownBy(() -> Country.of(null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("alpha2 must not be null");
            assertThatThrownBy(() -> Country.ofAlpha3(null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("alpha3 must not be null");
            assertThatThrownBy(() -> Country.parse(null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("code must not be null");
        }
    }

    @Nested
    class Construction {

        @Test
        void createsAValidCountryTrimmingNames() {
            // when
            Country country = new Country("ZZ", "ZZZ", 999, " Testland ", " Тестландия ", false);
            // then
            assertThat(country.nameEn()).isEqualTo("Testland");
            assertThat(country.nameRu()).isEqualTo("Тестландия");
            assertThat(country).hasToString("ZZ");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                kz  | KAZ  | 398  | Kazakhstan | Казахстан | alpha2 must be two upper-case Latin letters, was 'kz'
                KAZ | KAZ  | 398  | Kazakhstan | Казахстан | alpha2 must be two upper-case Latin letters, was 'KAZ'
                K1  | KAZ  | 398  | Kazakhstan | Казахстан | alpha2 must be two upper-case Latin letters, was 'K1'
                KZ  | KA   | 398  | Kazakhstan | Казахстан | alpha3 must be three upper-case Latin letters, was 'KA'
                KZ  | kaz  | 398  | Kazakhstan | Казахстан | alpha3 must be three upper-case Latin letters, was 'kaz'
                KZ  | KAZ  | 0    | Kazakhstan | Казахстан | numeric must be between 1 and 999, was 0
                KZ  | KAZ  | 1000 | Kazakhstan | Казахстан | numeric must be between 1 and 999, was 1000
                KZ  | KAZ  | 398  | ' '        | Казахстан | nameEn must not be blank, was ' '
                KZ  | KAZ  | 398  | Kazakhstan | ''        | nameRu must not be blank, was ''
                """)
        void rejectsEachInvalidField(String alpha2, String alpha3, int numeric, String nameEn, String nameRu,
                String message) {
            assertThatThrownBy(() -> new Country(alpha2, alpha3, numeric, nameEn, nameRu, true))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(message);
        }

        @Test
        void rejectsNullFieldsNamingThem() {
            assertThatThrownBy(() -> new Country(null, "KAZ", 398, "Kazakhstan", "Казахстан", true))
                    .isInstanceOf(NullPointerException.class).hasMessage("alpha2 must not be null");
            assertThatThrownBy(() -> new Country("KZ", null, 398, "Kazakhstan", "Казахстан", true))
                    .isInstanceOf(NullPointerException.class).hasMessage("alpha3 must not be null");
            assertThatThrownBy(() -> new Country("KZ", "KAZ", 398, null, "Казахстан", true))
                    .isInstanceOf(NullPointerException.class).hasMessage("nameEn must not be null");
            assertThatThrownBy(() -> new Country("KZ", "KAZ", 398, "Kazakhstan", null, true))
                    .isInstanceOf(NullPointerException.class).hasMessage("nameRu must not be null");
        }
    }

    @Nested
    class Names {

        @Test
        void givesTheRussianNameForRussianLocales() {
            assertThat(Country.of("KG").name(RUSSIAN)).isEqualTo("Кыргызстан");
            assertThat(Country.of("TR").name(Locale.forLanguageTag("ru-KZ"))).isEqualTo("Турция");
        }

        @Test
        void givesTheEnglishNameForEveryOtherLocale() {
            assertThat(Country.of("TR").name(Locale.ENGLISH)).isEqualTo("Türkiye");
            assertThat(Country.of("IR").name(Locale.GERMAN)).isEqualTo("Iran (Islamic Republic of)");
            assertThat(Country.of("UZ").name(Locale.forLanguageTag("uz"))).isEqualTo("Uzbekistan");
        }

        @Test
        void rejectsNullLocale() {
            assertThatThrownBy(() -> Country.of("KZ").name(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("locale must not be null");
        }
    }
}
