package org.salwmonitor.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegionTest {

    private static final Country KZ = Country.of("KZ");
    private static final Country KG = Country.of("KG");
    private static final Country AF = Country.of("AF");

    @Nested
    class CentralAsia {

        @Test
        void hasTheFiveCentralAsianStates() {
            // when
            Region region = Region.centralAsia();
            // then
            assertThat(region.code()).isEqualTo(Region.CENTRAL_ASIA);
            assertThat(region.members()).extracting(Country::alpha2).containsExactly("KG", "KZ", "TJ", "TM", "UZ");
        }

        @Test
        void isNamedInEnglishAndRussian() {
            assertThat(Region.centralAsia().name(Locale.ENGLISH)).isEqualTo("Central Asia");
            assertThat(Region.centralAsia().name(Locale.forLanguageTag("ru"))).isEqualTo("Центральная Азия");
        }

        @Test
        void containsItsMembersOnly() {
            assertThat(Region.centralAsia().contains(KZ)).isTrue();
            assertThat(Region.centralAsia().contains(AF)).isFalse();
        }

        @Test
        void everyShippedRegionHasOnlyKnownCountries() {
            for (Region region : Region.all()) {
                for (Country member : region.members()) {
                    assertThat(Country.of(member.alpha2())).isSameAs(member);
                }
            }
            assertThat(Region.all()).contains(Region.centralAsia());
        }
    }

    @Nested
    class Lookup {

        @Test
        void findsShippedRegionIgnoringCaseAndSpaces() {
            assertThat(Region.of(" central_asia ")).isEqualTo(Region.centralAsia());
        }

        @Test
        void rejectsUnknownCodeNamingIt() {
            assertThatThrownBy(() -> Region.of("MIDDLE_EARTH"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("region code must be one of [CENTRAL_ASIA], was 'MIDDLE_EARTH'");
        }

        @Test
        void rejectsNullCode() {
            assertThatThrownBy(() -> Region.of(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("code must not be null");
        }
    }

    @Nested
    class CustomRegion {

        @Test
        void sortsAndCopiesMembers() {
            // given
            List<Country> members = new ArrayList<>(List.of(KZ, AF, KG));
            // when
            Region region = new Region("BORDER_STUDY", " Border study ", "Исследование границ", members);
            members.clear();
            // then
            assertThat(region.members()).containsExactly(AF, KG, KZ);
            assertThat(region.nameEn()).isEqualTo("Border study");
            assertThatThrownBy(() -> region.members().add(KZ)).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void rejectsEmptyMembers() {
            assertThatThrownBy(() -> new Region("EMPTY", "Empty", "Пусто", List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("members must not be empty, was [] for region EMPTY");
        }

        @Test
        void rejectsDuplicateMembers() {
            assertThatThrownBy(() -> new Region("TWICE", "Twice", "Дважды", List.of(KZ, KG, KZ)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("members must not repeat a country, was [KG, KZ, KZ] for region TWICE");
        }

        @Test
        void rejectsNullMember() {
            assertThatThrownBy(() -> new Region("NULLS", "Nulls", "Пусто", Arrays.asList(KZ, null)))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("members must not contain null, was [KZ, null]");
        }

        @Test
        void rejectsNullMemberList() {
            assertThatThrownBy(() -> new Region("NONE", "None", "Нет", null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("members must not be null");
        }

        @ParameterizedTest
        @ValueSource(strings = {"central_asia", "CENTRAL ASIA", "1ST", "_X", ""})
        void rejectsBadCode(String code) {
            assertThatThrownBy(() -> new Region(code, "Name", "Имя", List.of(KZ)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("code must be an upper-case Latin letter followed by upper-case Latin letters, digits or underscores, was '" + code + "'");
        }

        @Test
        void rejectsNullCode() {
            assertThatThrownBy(() -> new Region(null, "Name", "Имя", List.of(KZ)))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("code must not be null");
        }

        @Test
        void rejectsBlankNames() {
            assertThatThrownBy(() -> new Region("X", " ", "Имя", List.of(KZ)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("nameEn must not be blank, was ' '");
            assertThatThrownBy(() -> new Region("X", "Name", "", List.of(KZ)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("nameRu must not be blank, was ''");
        }
    }
}
