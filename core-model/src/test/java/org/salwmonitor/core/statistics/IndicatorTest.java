package org.salwmonitor.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.salwmonitor.core.weapon.ItemClass;

class IndicatorTest {

    @Nested
    class Parse {

        @ParameterizedTest
        @EnumSource(Indicator.class)
        void readsEveryCode(Indicator indicator) {
            assertThat(Indicator.parse(indicator.code())).isEqualTo(indicator);
        }

        @Test
        void ignoresCaseAndSurroundingSpaces() {
            assertThat(Indicator.parse(" origin_established ")).isEqualTo(Indicator.ORIGIN_ESTABLISHED);
        }

        @Test
        void rejectsUnknownCodeNamingItAndTheValidOnes() {
            assertThatThrownBy(() -> Indicator.parse("SEIZURES"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("indicator must be one of [ITEMS, ORIGIN_ESTABLISHED, TRACE_REQUESTS_SENT,"
                            + " TRACE_REQUESTS_ANSWERED, TRAFFICKING_CASES, PERSONS_PROSECUTED, PERSONS_CONVICTED],"
                            + " was 'SEIZURES'");
        }

        @Test
        void rejectsNull() {
            assertThatThrownBy(() -> Indicator.parse(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("indicator must not be null");
        }
    }

    @Nested
    class DimensionsAndUnits {

        @Test
        void itemsHasEveryDimensionAndNeedsTheItemClass() {
            assertThat(Indicator.ITEMS.dimensions()).containsExactlyInAnyOrder(Dimension.values());
            assertThat(Indicator.ITEMS.mandatoryDimensions()).containsExactly(Dimension.ITEM_CLASS);
            assertThat(Indicator.ITEMS.fixedUnit()).isEmpty();
        }

        @Test
        void originEstablishedIsInWeaponsByEventOnly() {
            assertThat(Indicator.ORIGIN_ESTABLISHED.dimensions()).containsExactly(Dimension.EVENT);
            assertThat(Indicator.ORIGIN_ESTABLISHED.appliesTo(Dimension.EVENT)).isTrue();
            assertThat(Indicator.ORIGIN_ESTABLISHED.appliesTo(Dimension.WEAPON_TYPE)).isFalse();
            assertThat(Indicator.ORIGIN_ESTABLISHED.fixedUnit()).contains(UnitOfMeasure.WEAPONS);
        }

        @ParameterizedTest
        @CsvSource({
            "TRACE_REQUESTS_SENT, REQUESTS", "TRACE_REQUESTS_ANSWERED, REQUESTS", "TRAFFICKING_CASES, CASES",
            "PERSONS_PROSECUTED, PERSONS", "PERSONS_CONVICTED, PERSONS"})
        void otherIndicatorsHaveAFixedUnitAndNoDimension(Indicator indicator, UnitOfMeasure unit) {
            assertThat(indicator.fixedUnit()).contains(unit);
            assertThat(indicator.unit(Dimensions.total())).isEqualTo(unit);
            assertThat(indicator.dimensions()).isEmpty();
            assertThat(indicator.mandatoryDimensions()).isEmpty();
        }

        @ParameterizedTest
        @CsvSource({"FIREARM, WEAPONS", "PARTS_AND_COMPONENTS, PIECES", "AMMUNITION, ROUNDS"})
        void itemsUnitDependsOnTheItemClass(ItemClass itemClass, UnitOfMeasure unit) {
            assertThat(Indicator.ITEMS.unit(Dimensions.total().withItemClass(itemClass))).isEqualTo(unit);
        }

        @Test
        void itemsHasNoUnitForTheTotalOverItemClasses() {
            assertThatThrownBy(() -> Indicator.ITEMS.unit(Dimensions.total()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("itemClass must not be total (_T) for indicator ITEMS: weapons, pieces and rounds"
                            + " are never added up, was _T._T._T._T");
        }

        @Test
        void unitRejectsNullDimensions() {
            assertThatThrownBy(() -> Indicator.ITEMS.unit(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("dimensions must not be null");
        }

        @Test
        void appliesToRejectsNull() {
            assertThatThrownBy(() -> Indicator.ITEMS.appliesTo(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("dimension must not be null");
        }

        @Test
        void dimensionSetsAreUnmodifiable() {
            assertThatThrownBy(() -> Indicator.ITEMS.dimensions().clear())
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void hasEnglishAndRussianLabels() {
        assertThat(Indicator.PERSONS_CONVICTED.label(Locale.ENGLISH)).isEqualTo("persons convicted");
        assertThat(Indicator.PERSONS_CONVICTED.label(Locale.forLanguageTag("ru"))).isEqualTo("осуждённые лица");
        for (Indicator indicator : Indicator.values()) {
            assertThat(indicator.label(Locale.forLanguageTag("ru"))).isNotEqualTo(indicator.label(Locale.ENGLISH));
        }
    }
}
