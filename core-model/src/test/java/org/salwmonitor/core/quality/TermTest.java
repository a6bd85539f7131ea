package org.salwmonitor.core.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.salwmonitor.core.quality.Fixtures.KZ;
import static org.salwmonitor.core.quality.Fixtures.firearms;

import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.salwmonitor.core.casefile.EventType;
import org.salwmonitor.core.statistics.Dimension;
import org.salwmonitor.core.statistics.Dimensions;
import org.salwmonitor.core.statistics.Indicator;
import org.salwmonitor.core.statistics.UnitOfMeasure;
import org.salwmonitor.core.weapon.ItemClass;
import org.salwmonitor.core.weapon.WeaponType;

class TermTest {

    @Nested
    class Parse {

        @Test
        void readsCodesAndWildcards() {
            // when
            Term term = Term.parse(" items [ event = seized , item_class=FIREARM, WEAPON_TYPE=* ] ");
            // then
            assertThat(term.indicator()).isEqualTo(Indicator.ITEMS);
            assertThat(term.dimensions()).isEqualTo(new Dimensions(EventType.SEIZED, ItemClass.FIREARM, null, null));
            assertThat(term.wildcards()).containsExactly(Dimension.WEAPON_TYPE);
            assertThat(term.unit()).isEqualTo(UnitOfMeasure.WEAPONS);
            assertThat(term).hasToString("ITEMS[EVENT=SEIZED, ITEM_CLASS=FIREARM, WEAPON_TYPE=*]");
        }

        @Test
        void readsAnIndicatorAloneAsTheTotal() {
            assertThat(Term.parse("TRACE_REQUESTS_SENT")).isEqualTo(Term.of(Indicator.TRACE_REQUESTS_SENT,
                    Dimensions.total()));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                "ORIGIN_ESTABLISHED",
                "ITEMS[EVENT=*, ITEM_CLASS=AMMUNITION]",
                "ITEMS[EVENT=FOUND, ITEM_CLASS=FIREARM, WEAPON_TYPE=SHOTGUN, CONTEXT=TERRORISM]"})
        void writesAFormThatReadsBack(String text) {
            assertThat(Term.parse(text)).hasToString(text);
            assertThat(Term.parse(Term.parse(text).toString())).isEqualTo(Term.parse(text));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                "ITEMS[ITEM_CLASS=FIREARM | term must be INDICATOR or INDICATOR[DIMENSION=CODE, ...], was 'ITEMS[ITEM_CLASS=FIREARM'",
                "ITEMS[ITEM_CLASS] | term selector must be DIMENSION=CODE, was 'ITEM_CLASS' in 'ITEMS[ITEM_CLASS]'",
                "ITEMS[COLOUR=RED] | term dimension must be one of [EVENT, ITEM_CLASS, WEAPON_TYPE, CONTEXT], was 'COLOUR' in 'ITEMS[COLOUR=RED]'",
                "ITEMS[ITEM_CLASS=FIREARM, ITEM_CLASS=AMMUNITION] | term must not name dimension ITEM_CLASS twice, was 'ITEMS[ITEM_CLASS=FIREARM, ITEM_CLASS=AMMUNITION]'",
                "ITEMS[ITEM_CLASS=*] | dimension ITEM_CLASS must have a code for indicator ITEMS (weapons, pieces and rounds are never added up), was *",
                "ITEMS | dimension ITEM_CLASS must have a code for indicator ITEMS (weapons, pieces and rounds are never added up), was _T",
                "ITEMS[ITEM_CLASS=AMMUNITION, WEAPON_TYPE=*] | dimension WEAPON_TYPE may be a wildcard (*) only with item class FIREARM, was item class AMMUNITION",
                "ORIGIN_ESTABLISHED[ITEM_CLASS=FIREARM] | dimension ITEM_CLASS does not apply to indicator ORIGIN_ESTABLISHED and must be total (_T), was FIREARM",
                "ORIGIN_ESTABLISHED[CONTEXT=*] | dimension CONTEXT does not apply to indicator ORIGIN_ESTABLISHED and must be total (_T), was *"})
        void rejectsMalformedOrInvalidTerms(String text, String message) {
            assertThatThrownBy(() -> Term.parse(text)).hasMessage(message);
        }

        @Test
        void rejectsNull() {
            assertThatThrownBy(() -> Term.parse(null)).hasMessage("term must not be null");
        }
    }

    @Nested
    class Matches {

        private final Term seizedByType = Term.parse("ITEMS[ITEM_CLASS=FIREARM, EVENT=SEIZED, WEAPON_TYPE=*]");

        @Test
        void aWildcardMatchesEveryCodeButNotTheTotal() {
            assertThat(seizedByType.matches(firearms(KZ, EventType.SEIZED, WeaponType.SHOTGUN))).isTrue();
            assertThat(seizedByType.matches(firearms(KZ, EventType.SEIZED, null))).isFalse();
        }

        @Test
        void aCodeMatchesOnlyThatCode() {
            assertThat(seizedByType.matches(firearms(KZ, EventType.FOUND, WeaponType.SHOTGUN))).isFalse();
        }

        @Test
        void anUnlistedDimensionMatchesOnlyTheTotal() {
            assertThat(Term.parse("ITEMS[ITEM_CLASS=FIREARM]").matches(firearms(KZ, EventType.SEIZED, null)))
                    .isFalse();
            assertThat(Term.parse("ITEMS[ITEM_CLASS=FIREARM]").matches(firearms(KZ, null, null))).isTrue();
        }

        @Test
        void anotherIndicatorNeverMatches() {
            assertThat(Term.parse("ORIGIN_ESTABLISHED").matches(firearms(KZ, null, null))).isFalse();
        }
    }

    @Test
    void rejectsAWildcardThatAlsoHasACode() {
        Dimensions seized = new Dimensions(EventType.SEIZED, ItemClass.FIREARM, null, null);
        assertThatThrownBy(() -> new Term(Indicator.ITEMS, seized, Set.of(Dimension.EVENT)))
                .hasMessage("dimension EVENT must not have a code when it is a wildcard (*), was SEIZED");
    }

    @Test
    void rejectsNullIndicator() {
        assertThatThrownBy(() -> Term.of(null, Dimensions.total())).hasMessage("indicator must not be null");
    }
}
