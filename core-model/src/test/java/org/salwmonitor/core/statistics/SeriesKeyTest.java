package org.salwmonitor.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.salwmonitor.core.casefile.CriminalContext;
import org.salwmonitor.core.casefile.EventType;
import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.weapon.ItemClass;
import org.salwmonitor.core.weapon.WeaponType;

class SeriesKeyTest {

    private static final Country KZ = Country.of("KZ");
    private static final Dimensions SEIZED_FIREARMS = Dimensions.total().withEvent(EventType.SEIZED)
            .withItemClass(ItemClass.FIREARM);
    private static final Dimensions SEIZED_AMMUNITION = SEIZED_FIREARMS.withItemClass(ItemClass.AMMUNITION);

    @Nested
    class Valid {

        @Test
        void identifiesASeriesByItsDottedKey() {
            // when
            SeriesKey key = new SeriesKey(KZ, Indicator.ITEMS, SEIZED_FIREARMS, UnitOfMeasure.WEAPONS);
            // then
            assertThat(key).hasToString("KZ.ITEMS.SEIZED.FIREARM._T._T.WEAPONS");
            assertThat(key).isEqualTo(SeriesKey.of(KZ, Indicator.ITEMS, SEIZED_FIREARMS));
        }

        @ParameterizedTest
        @CsvSource({"FIREARM, WEAPONS", "PARTS_AND_COMPONENTS, PIECES", "AMMUNITION, ROUNDS"})
        void derivesTheUnitOfItemsFromTheItemClass(ItemClass itemClass, UnitOfMeasure unit) {
            assertThat(SeriesKey.of(KZ, Indicator.ITEMS, Dimensions.total().withItemClass(itemClass)).unit())
                    .isEqualTo(unit);
        }

        @Test
        void acceptsEveryDimensionOfItems() {
            // given
            Dimensions full = SEIZED_FIREARMS.withWeaponType(WeaponType.SHOTGUN)
                    .withContext(CriminalContext.DRUG_TRAFFICKING);
            // when
            SeriesKey key = SeriesKey.of(KZ, Indicator.ITEMS, full);
            // then
            assertThat(key).hasToString("KZ.ITEMS.SEIZED.FIREARM.SHOTGUN.DRUG_TRAFFICKING.WEAPONS");
        }

        @Test
        void acceptsOriginEstablishedByEventOrInTotal() {
            assertThat(SeriesKey.of(KZ, Indicator.ORIGIN_ESTABLISHED, Dimensions.total()))
                    .hasToString("KZ.ORIGIN_ESTABLISHED._T._T._T._T.WEAPONS");
            assertThat(SeriesKey.of(KZ, Indicator.ORIGIN_ESTABLISHED, Dimensions.total().withEvent(EventType.FOUND)))
                    .hasToString("KZ.ORIGIN_ESTABLISHED.FOUND._T._T._T.WEAPONS");
        }

        @Test
        void ordersByAreaIndicatorDimensionsAndUnit() {
            // given
            SeriesKey tjItems = SeriesKey.of(Country.of("TJ"), Indicator.ITEMS, SEIZED_FIREARMS);
            SeriesKey kzAmmunition = SeriesKey.of(KZ, Indicator.ITEMS, SEIZED_AMMUNITION);
            SeriesKey kzFirearms = SeriesKey.of(KZ, Indicator.ITEMS, SEIZED_FIREARMS);
            SeriesKey kzCases = SeriesKey.of(KZ, Indicator.TRAFFICKING_CASES, Dimensions.total());
            List<SeriesKey> keys = new ArrayList<>(List.of(tjItems, kzCases, kzAmmunition, kzFirearms));
            // when
            Collections.sort(keys);
            // then
            assertThat(keys).containsExactly(kzFirearms, kzAmmunition, kzCases, tjItems);
        }
    }

    @Nested
    class Invalid {

        @Test
        void rejectsAmmunitionCountedInWeapons() {
            assertThatThrownBy(() -> new SeriesKey(KZ, Indicator.ITEMS, SEIZED_AMMUNITION, UnitOfMeasure.WEAPONS))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("unit must be ROUNDS for indicator ITEMS with item class AMMUNITION (ammunition is"
                            + " counted in rounds, never in weapons), was WEAPONS");
        }

        @Test
        void rejectsFirearmsCountedInRounds() {
            assertThatThrownBy(() -> new SeriesKey(KZ, Indicator.ITEMS, SEIZED_FIREARMS, UnitOfMeasure.ROUNDS))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("unit must be WEAPONS for indicator ITEMS with item class FIREARM (firearms are"
                            + " counted in weapons), was ROUNDS");
        }

        @Test
        void rejectsPartsCountedInWeapons() {
            Dimensions parts = Dimensions.total().withItemClass(ItemClass.PARTS_AND_COMPONENTS);
            assertThatThrownBy(() -> new SeriesKey(KZ, Indicator.ITEMS, parts, UnitOfMeasure.WEAPONS))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("unit must be PIECES for indicator ITEMS with item class PARTS_AND_COMPONENTS (parts"
                            + " and components are counted in pieces), was WEAPONS");
        }

        @Test
        void rejectsAFixedUnitIndicatorInAnotherUnit() {
            assertThatThrownBy(() -> new SeriesKey(KZ, Indicator.PERSONS_CONVICTED, Dimensions.total(),
                    UnitOfMeasure.CASES))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("unit must be PERSONS for indicator PERSONS_CONVICTED, was CASES");
        }

        @Test
        void rejectsItemsWithoutItemClass() {
            assertThatThrownBy(() -> SeriesKey.of(KZ, Indicator.ITEMS, Dimensions.total().withEvent(EventType.FOUND)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("itemClass must not be total (_T) for indicator ITEMS: weapons, pieces and rounds are"
                            + " never added up, was FOUND._T._T._T");
            assertThatThrownBy(() -> new SeriesKey(KZ, Indicator.ITEMS, Dimensions.total(), UnitOfMeasure.WEAPONS))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("dimension ITEM_CLASS must not be total (_T) for indicator ITEMS, was _T._T._T._T");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                ORIGIN_ESTABLISHED      | SEIZED | FIREARM | _T      | _T        | ITEM_CLASS  | FIREARM
                ORIGIN_ESTABLISHED      | _T     | _T      | _T      | TERRORISM | CONTEXT     | TERRORISM
                TRACE_REQUESTS_SENT     | SEIZED | _T      | _T      | _T        | EVENT       | SEIZED
                TRAFFICKING_CASES       | _T     | FIREARM | SHOTGUN | _T        | ITEM_CLASS  | FIREARM
                PERSONS_PROSECUTED      | _T     | _T      | _T      | OTHER     | CONTEXT     | OTHER
                """)
        void rejectsADimensionThatDoesNotApply(Indicator indicator, String event, String itemClass,
                String weaponType, String context, Dimension dimension, String value) {
            // given
            Dimensions dimensions = Dimensions.parse(event, itemClass, weaponType, context);
            UnitOfMeasure unit = indicator.fixedUnit().orElseThrow();
            // then
            assertThatThrownBy(() -> new SeriesKey(KZ, indicator, dimensions, unit))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("dimension " + dimension + " does not apply to indicator " + indicator
                            + " and must be total (_T), was " + value);
        }

        @Test
        void rejectsNullFieldsNamingThem() {
            assertThatThrownBy(() -> new SeriesKey(null, Indicator.ITEMS, SEIZED_FIREARMS, UnitOfMeasure.WEAPONS))
                    .isInstanceOf(NullPointerException.class).hasMessage("area must not be null");
            assertThatThrownBy(() -> new SeriesKey(KZ, null, SEIZED_FIREARMS, UnitOfMeasure.WEAPONS))
                    .isInstanceOf(NullPointerException.class).hasMessage("indicator must not be null");
            assertThatThrownBy(() -> new SeriesKey(KZ, Indicator.ITEMS, null, UnitOfMeasure.WEAPONS))
                    .isInstanceOf(NullPointerException.class).hasMessage("dimensions must not be null");
            assertThatThrownBy(() -> new SeriesKey(KZ, Indicator.ITEMS, SEIZED_FIREARMS, null))
                    .isInstanceOf(NullPointerException.class).hasMessage("unit must not be null");
        }
    }
}
